package io.elif.inventory.adapter.web;

import io.elif.inventory.AdjustmentReason;
import io.elif.inventory.Inventory;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockMovement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.security.Principal;
import java.util.List;
import java.util.UUID;

/** Stock changed by hand, and the ledger that shows every change with who, when and why. */
@RestController
class AdjustmentController {

    record AdjustmentRequest(@NotNull UUID productId, @NotNull Long quantity, @NotNull AdjustmentReason reason,
                             @Size(max = 200) String note) {
    }

    private final Inventory inventory;

    AdjustmentController(Inventory inventory) {
        this.inventory = inventory;
    }

    @PostMapping("/api/inventory/adjustments")
    ResponseEntity<StockController.StockLevelResponse> adjust(@Valid @RequestBody AdjustmentRequest request, Principal user) {
        var level = inventory.adjust(new StockAdjustment(request.productId(), request.quantity(), request.reason(),
                request.note(), user.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(StockController.StockLevelResponse.of(level));
    }

    @GetMapping("/api/inventory/stock/{productId}/movements")
    List<StockMovement> movements(@PathVariable UUID productId,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(Inventory.MAX_MOVEMENTS) int limit) {
        return inventory.movements(productId, limit);
    }
}
