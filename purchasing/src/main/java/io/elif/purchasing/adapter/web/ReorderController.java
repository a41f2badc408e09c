package io.elif.purchasing.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderResponse;
import io.elif.purchasing.application.SuggestReorders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

/** What to reorder, per supplier, and a draft order of it in one step. */
@Tag(name = "Reorder suggestions", description = "Products below their minimum, per preferred supplier, and draft orders from them")
@RestController
class ReorderController {

    private final SuggestReorders suggest;
    private final PurchaseOrderWebMapper mapper;

    ReorderController(SuggestReorders suggest, PurchaseOrderWebMapper mapper) {
        this.suggest = suggest;
        this.mapper = mapper;
    }

    /** A supplier's suggested lines; costs per pack excluding tax, as decimal strings. */
    record SuggestionResponse(UUID supplierId, String supplierCode, String supplierName, List<SuggestionLine> lines) {
    }

    record SuggestionLine(UUID productId, UUID packId, String sku, int unitsPerPack, long onHand, long minimumStock,
                          Long maximumStock, long onOrder, long shortfall, long packs, String unitCost) {
    }

    @Operation(summary = "Reorder suggestions per preferred supplier: up to each product's maximum, minus what is on "
            + "order, rounded up to the supplier's minimum and multiple")
    @GetMapping("/api/purchasing/reorder-suggestions")
    List<SuggestionResponse> reorderSuggestions() {
        return suggest.suggestions().stream().map(supplier -> new SuggestionResponse(supplier.supplierId(),
                supplier.supplierCode(), supplier.supplierName(), supplier.lines().stream().map(line -> new SuggestionLine(
                        line.productId(), line.packId(), line.sku(), line.unitsPerPack(), line.onHand(), line.minimumStock(),
                        line.maximumStock(), line.onOrder(), line.shortfall(), line.packs(), amount(line.unitCost())))
                .toList())).toList();
    }

    @Operation(summary = "Turn a supplier's suggestions into a draft purchase order", responses = {
            @ApiResponse(responseCode = "201", description = "The draft order; Location names it"),
            @ApiResponse(responseCode = "409", description = "Nothing to reorder from the supplier (`nothing-to-reorder`)")})
    @Idempotent
    @PostMapping("/api/purchasing/reorder-suggestions/{supplierId}/order")
    ResponseEntity<OrderResponse> orderSuggestions(@PathVariable UUID supplierId, Principal user) {
        var created = suggest.order(supplierId, user.getName());
        return ResponseEntity.created(URI.create("/api/purchasing/orders/" + created.order().id())).body(mapper.toResponse(created));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
