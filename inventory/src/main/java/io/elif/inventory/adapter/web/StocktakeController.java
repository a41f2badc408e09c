package io.elif.inventory.adapter.web;

import io.elif.catalog.Quantity;
import io.elif.inventory.Stocktake;
import io.elif.inventory.Stocktakes;
import io.elif.inventory.UnknownStockDocumentException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stocktake workflow; approving and cancelling are the MANAGER's (permission matrix). */
@RestController
@RequestMapping("/api/inventory/stocktakes")
class StocktakeController {

    record StartRequest(@NotNull UUID locationId, Boolean blind) {
    }

    record LineResponse(UUID productId, String sku, String name, String lot, LocalDate bestBefore, Long expected,
                        Long counted, Long variance) {
    }

    record StocktakeResponse(UUID id, String number, Stocktake.State state, String warehouseCode, UUID locationId,
                             String locationCode, boolean blind, Instant createdAt, String createdBy, Instant submittedAt,
                             String submittedBy, Instant closedAt, String closedBy, List<LineResponse> lines) {

        static StocktakeResponse of(Stocktake sheet) {
            return new StocktakeResponse(sheet.id(), sheet.number(), sheet.state(), sheet.warehouseCode(), sheet.locationId(),
                    sheet.locationCode(), sheet.blind(), sheet.createdAt(), sheet.createdBy(), sheet.submittedAt(),
                    sheet.submittedBy(), sheet.closedAt(), sheet.closedBy(), sheet.lines().stream()
                    .map(line -> new LineResponse(line.productId(), line.sku(), line.name(), line.lot(), line.bestBefore(),
                            line.expected(), line.counted(), line.variance()))
                    .toList());
        }
    }

    record CountRequest(@NotNull UUID productId, @Size(max = 40) String lot, @NotNull @Quantity(min = 0) Long counted) {
    }

    record CountsRequest(@NotEmpty @Size(max = Stocktakes.MAX_COUNTS) List<@Valid @NotNull CountRequest> lines) {
    }

    private final Stocktakes stocktakes;
    private final KnownProducts products;

    StocktakeController(Stocktakes stocktakes, KnownProducts products) {
        this.stocktakes = stocktakes;
        this.products = products;
    }

    @PostMapping
    ResponseEntity<StocktakeResponse> start(@Valid @RequestBody StartRequest request, Principal user) {
        var sheet = stocktakes.start(request.locationId(), Boolean.TRUE.equals(request.blind()), user.getName());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(sheet.id()).toUri();
        return ResponseEntity.created(location).body(StocktakeResponse.of(sheet));
    }

    @GetMapping
    List<StocktakeResponse> stocktakes(@RequestParam(required = false) Stocktake.State state) {
        return stocktakes.stocktakes(state).stream().map(StocktakeResponse::of).toList();
    }

    @GetMapping("/{id}")
    StocktakeResponse stocktake(@PathVariable UUID id) {
        return stocktakes.stocktake(id).map(StocktakeResponse::of)
                .orElseThrow(() -> new UnknownStockDocumentException("stocktake", id));
    }

    @PutMapping("/{id}/counts")
    StocktakeResponse count(@PathVariable UUID id, @Valid @RequestBody CountsRequest request) {
        products.requireEach(request.lines(), CountRequest::productId);
        return StocktakeResponse.of(stocktakes.count(id, request.lines().stream()
                .map(line -> new Stocktake.Count(line.productId(), line.lot(), line.counted())).toList()));
    }

    @PostMapping("/{id}/submit")
    StocktakeResponse submit(@PathVariable UUID id, Principal user) {
        return StocktakeResponse.of(stocktakes.submit(id, user.getName()));
    }

    @PostMapping("/{id}/approve")
    StocktakeResponse approve(@PathVariable UUID id, Principal user) {
        return StocktakeResponse.of(stocktakes.approve(id, user.getName()));
    }

    @PostMapping("/{id}/cancel")
    StocktakeResponse cancel(@PathVariable UUID id, Principal user) {
        return StocktakeResponse.of(stocktakes.cancel(id, user.getName()));
    }
}
