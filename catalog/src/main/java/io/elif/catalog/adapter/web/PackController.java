package io.elif.catalog.adapter.web;

import io.elif.catalog.adapter.web.ProductRequests.ChangePackRequest;
import io.elif.catalog.adapter.web.ProductRequests.ContainersRequest;
import io.elif.catalog.adapter.web.ProductRequests.PackRequest;
import io.elif.catalog.adapter.web.ProductRequests.PriceRequest;
import io.elif.catalog.adapter.web.ProductResponses.ContainerLoadResponse;
import io.elif.catalog.adapter.web.ProductResponses.PackResponse;
import io.elif.catalog.adapter.web.ProductResponses.PriceChangeResponse;
import io.elif.catalog.application.AttachContainers;
import io.elif.catalog.application.FindProducts;
import io.elif.catalog.application.ManagePacks;
import io.elif.catalog.application.RecordPrice;
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

    private final ManagePacks packs;
    private final RecordPrice recordPrice;
    private final AttachContainers attachContainers;
    private final FindProducts findProducts;
    private final ProductWebMapper mapper;

    PackController(ManagePacks packs, RecordPrice recordPrice, AttachContainers attachContainers,
                   FindProducts findProducts, ProductWebMapper mapper) {
        this.packs = packs;
        this.recordPrice = recordPrice;
        this.attachContainers = attachContainers;
        this.findProducts = findProducts;
        this.mapper = mapper;
    }

    @Operation(summary = "Add a pack (a crate, a case...) to a product", responses =
            @ApiResponse(responseCode = "409", description = "The barcode is taken (`duplicate-barcode`)"))
    @PostMapping("/api/catalog/products/{id}/packs")
    @ResponseStatus(HttpStatus.CREATED)
    PackResponse addPack(@PathVariable UUID id, @Valid @RequestBody PackRequest request, Principal user) {
        return mapper.toResponse(packs.add(id, mapper.toNewPack(request), user.getName()));
    }

    @Operation(summary = "Change a pack's name or barcode", responses = {
            @ApiResponse(responseCode = "200", description = "The pack as changed"),
            @ApiResponse(responseCode = "409", description = "The barcode is taken (`duplicate-barcode`)")})
    @PutMapping("/api/catalog/products/{id}/packs/{packId}")
    PackResponse changePack(@PathVariable UUID id, @PathVariable UUID packId, @Valid @RequestBody ChangePackRequest request) {
        return mapper.toResponse(packs.change(id, packId, request.name(), request.barcode()));
    }

    @Operation(summary = "Record a price of a product or one of its packs, valid from today or a given later day")
    @PostMapping("/api/catalog/products/{id}/prices")
    @ResponseStatus(HttpStatus.CREATED)
    PriceChangeResponse recordPrice(@PathVariable UUID id, @Valid @RequestBody PriceRequest request, Principal user) {
        return mapper.toResponse(recordPrice.handle(id, mapper.toNewPrice(request), user.getName()));
    }

    @Operation(summary = "A product's price history, newest first, scheduled prices included, with who and when")
    @GetMapping("/api/catalog/products/{id}/prices")
    List<PriceChangeResponse> priceHistory(@PathVariable UUID id) {
        return mapper.toPriceResponses(findProducts.priceHistory(id));
    }

    @Operation(summary = "Set the returnable containers a product or one of its packs carries")
    @PutMapping("/api/catalog/products/{id}/containers")
    List<ContainerLoadResponse> attachContainers(@PathVariable UUID id, @Valid @RequestBody ContainersRequest request) {
        return mapper.toLoadResponses(attachContainers.handle(id, request.packId(),
                mapper.toContainerQuantities(request.containers())));
    }
}
