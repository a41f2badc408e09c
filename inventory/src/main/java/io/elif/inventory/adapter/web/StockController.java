package io.elif.inventory.adapter.web;

import io.elif.inventory.Inventory;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockLevel;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/inventory/stock")
class StockController {

    /** Stock as clients see it: what is on hand, promised to orders, and still available. */
    record StockLevelResponse(UUID productId, long onHand, long reserved, long available) {

        static StockLevelResponse of(StockLevel level) {
            return new StockLevelResponse(level.productId(), level.onHand(), level.reserved(), level.available());
        }
    }

    private final Inventory inventory;

    StockController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/{productId}")
    StockLevelResponse stockOf(@PathVariable UUID productId) {
        return inventory.stockLevel(productId).map(StockLevelResponse::of).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No stock record for product " + productId));
    }

    /** Levels of one page of products in one request; products without a record are left out. */
    @GetMapping
    List<StockLevelResponse> stockOf(@RequestParam @Size(min = 1, max = Inventory.MAX_BATCH) Set<UUID> productIds) {
        return inventory.stockLevels(productIds).stream().map(StockLevelResponse::of).toList();
    }

    record ConsistencyReport(boolean consistent, List<LedgerDiscrepancy> discrepancies) {
    }

    /** The books' self-check an administrator can run at any time. */
    @GetMapping("/consistency")
    ConsistencyReport consistency() {
        var discrepancies = inventory.checkConsistency();
        return new ConsistencyReport(discrepancies.isEmpty(), discrepancies);
    }
}
