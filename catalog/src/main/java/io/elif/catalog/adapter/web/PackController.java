package io.elif.catalog.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.catalog.adapter.web.ProductRequests.ChangePackRequest;
import io.elif.catalog.adapter.web.ProductRequests.ContainersRequest;
import io.elif.catalog.adapter.web.ProductRequests.PackRequest;
import io.elif.catalog.adapter.web.ProductRequests.PriceRequest;
import io.elif.catalog.adapter.web.ProductResponses.ContainerLoadResponse;
import io.elif.catalog.adapter.web.ProductResponses.PackResponse;
import io.elif.catalog.adapter.web.ProductResponses.PriceChangeResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

/** What hangs off a product: its packs, its price history, the containers it carries. */
@Tag(name = "Product packs, prices and containers", description = "A product's packs, price history and containers")
@RestController
class PackController {

    private final Catalog catalog;
    private final ProductWebMapper mapper;

    PackController(Catalog catalog, ProductWebMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Operation(summary = "Add a pack (a crate, a case...) to a product", responses =
            @ApiResponse(responseCode = "409", description = "The barcode is taken (`duplicate-barcode`)"))
    @PostMapping("/api/catalog/products/{id}/packs")
    @ResponseStatus(HttpStatus.CREATED)
    PackResponse addPack(@PathVariable UUID id, @Valid @RequestBody PackRequest request, Principal user) {
        return mapper.toResponse(catalog.addPack(id, mapper.toNewPack(request), user.getName()));
    }

    @Operation(summary = "Change a pack's name or barcode", responses = {
            @ApiResponse(responseCode = "200", description = "The pack as changed"),
            @ApiResponse(responseCode = "409", description = "The barcode is taken (`duplicate-barcode`)")})
    @PutMapping("/api/catalog/products/{id}/packs/{packId}")
    PackResponse changePack(@PathVariable UUID id, @PathVariable UUID packId, @Valid @RequestBody ChangePackRequest request) {
        return mapper.toResponse(catalog.changePack(id, packId, request.name(), request.barcode()));
    }

    @Operation(summary = "Record a price of a product or one of its packs, valid from today or a given later day")
    @PostMapping("/api/catalog/products/{id}/prices")
    @ResponseStatus(HttpStatus.CREATED)
    PriceChangeResponse recordPrice(@PathVariable UUID id, @Valid @RequestBody PriceRequest request, Principal user) {
        return mapper.toResponse(catalog.recordPrice(id, mapper.toNewPrice(request), user.getName()));
    }

    @Operation(summary = "A product's price history, newest first, scheduled prices included, with who and when")
    @GetMapping("/api/catalog/products/{id}/prices")
    List<PriceChangeResponse> priceHistory(@PathVariable UUID id) {
        return mapper.toPriceResponses(catalog.priceHistory(id));
    }

    @Operation(summary = "Set the returnable containers a product or one of its packs carries")
    @PutMapping("/api/catalog/products/{id}/containers")
    List<ContainerLoadResponse> attachContainers(@PathVariable UUID id, @Valid @RequestBody ContainersRequest request) {
        return mapper.toLoadResponses(catalog.attachContainers(id, request.packId(),
                mapper.toContainerQuantities(request.containers())));
    }
}
