package io.elif.inventory.adapter.web;

import io.elif.inventory.application.StockMovement;
import io.elif.inventory.domain.AdjustmentReason;
import io.elif.inventory.domain.StockAdjustment;
import io.elif.catalog.Quantity;
import io.elif.catalog.UnitCost;
import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.application.AdjustStock;
import io.elif.inventory.application.FindStock;
import io.elif.inventory.application.ReceiveStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Stock booked in and changed by hand, and the ledger that shows every change with who, when and why. */
@Tag(name = "Stock receipts and adjustments", description = "Stock booked in or changed by hand, and its ledger")
@RestController
class AdjustmentController {

    record AdjustmentRequest(@NotNull UUID productId, @NotNull @Quantity(min = -Quantity.MAX) Long quantity,
                             @NotNull AdjustmentReason reason, @Size(max = 200) String note, UUID locationId,
                             @Size(max = 40) String lot) {
    }

    record ReceiptLineRequest(@NotNull UUID productId, @NotNull @Quantity Long quantity, @UnitCost BigDecimal unitCost,
                              @Size(max = 40) String lot, LocalDate bestBefore) {
    }

    record ReceiptRequest(UUID locationId, @NotBlank @Size(max = 100) String reference,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiptLineRequest> lines) {
    }

    /** The most movements one request lists. */
    static final int MAX_MOVEMENTS = 200;

    record LevelResponse(UUID productId, long onHand, long reserved, long available) {
    }

    record ReceiptResponse(String reference, List<LevelResponse> lines) {
    }

    private final AdjustStock adjustStock;
    private final ReceiveStock receiveStock;
    private final FindStock findStock;
    private final KnownProducts products;
    private final InventoryWebMapper mapper;

    AdjustmentController(AdjustStock adjustStock, ReceiveStock receiveStock, FindStock findStock, KnownProducts products,
                         InventoryWebMapper mapper) {
        this.adjustStock = adjustStock;
        this.receiveStock = receiveStock;
        this.findStock = findStock;
        this.products = products;
        this.mapper = mapper;
    }

    @Operation(summary = "Adjust a product's stock by hand, with a reason", responses = {
            @ApiResponse(responseCode = "201", description = "Adjusted; the product's new level"),
            @ApiResponse(responseCode = "409", description = "Not enough stock to take out (`insufficient-stock`)")})
    @PostMapping("/api/inventory/adjustments")
    ResponseEntity<LevelResponse> adjust(@Valid @RequestBody AdjustmentRequest request, Principal user) {
        products.require(request.productId(), "productId");
        var level = adjustStock.adjust(new StockAdjustment(request.productId(), request.quantity(), request.reason(),
                request.note(), user.getName(), request.locationId(), request.lot()));
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toResponse(level));
    }

    @Operation(summary = "Book a goods receipt in, with lots, best-before dates and unit costs", responses =
            @ApiResponse(responseCode = "201", description = "Booked; the products' new levels"))
    @PostMapping("/api/inventory/receipts")
    ResponseEntity<ReceiptResponse> receive(@Valid @RequestBody ReceiptRequest request, Principal user) {
        products.requireEach(request.lines(), ReceiptLineRequest::productId);
        var lines = request.lines().stream().map(line -> new ReceiptLine(line.productId(), line.quantity(), line.unitCost(),
                line.lot(), line.bestBefore())).toList();
        var levels = receiveStock.receive(new GoodsReceipt(request.locationId(), request.reference(), user.getName(), lines));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ReceiptResponse(request.reference().strip(), mapper.toLevelResponses(levels)));
    }

    @Operation(summary = "A product's latest stock movements, newest first")
    @GetMapping("/api/inventory/stock/{productId}/movements")
    List<StockMovement> movements(@PathVariable UUID productId,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_MOVEMENTS) int limit) {
        products.requireFound(productId);
        return findStock.movements(productId, limit);
    }
}
