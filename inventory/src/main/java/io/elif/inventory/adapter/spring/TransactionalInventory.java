package io.elif.inventory.adapter.spring;

import io.elif.inventory.Inventory;
import io.elif.inventory.InsufficientStockException;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockMovement;
import io.elif.inventory.domain.Adjustment;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.StockLevel;
import io.elif.inventory.application.ReceiveStock;
import io.elif.inventory.application.ReserveStock;
import io.elif.inventory.application.StockRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class TransactionalInventory implements Inventory {

    private final StockRecords stockRecords;
    private final ReceiveStock receiveStock;
    private final ReserveStock reserveStock;

    TransactionalInventory(StockRecords stockRecords, ReceiveStock receiveStock, ReserveStock reserveStock) {
        this.stockRecords = stockRecords;
        this.receiveStock = receiveStock;
        this.reserveStock = reserveStock;
    }

    @Override
    public Optional<StockLevel> stockLevel(UUID productId) {
        return stockRecords.level(productId);
    }

    @Override
    public List<StockLevel> stockLevels(Collection<UUID> productIds) {
        if (productIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " products at once");
        }
        return productIds.isEmpty() ? List.of() : stockRecords.levels(productIds);
    }

    @Override
    @Transactional
    public StockLevel receive(UUID productId, long quantity, String reference) {
        return receiveStock.handle(productId, quantity, reference);
    }

    @Override
    @Transactional
    public void reserve(String reference, List<ReservationLine> lines) {
        reserveStock.reserve(reference, lines);
    }

    @Override
    @Transactional
    public void release(String reference) {
        reserveStock.release(reference);
    }

    @Override
    @Transactional
    public void issue(String reference) {
        reserveStock.issue(reference);
    }

    @Override
    public List<LedgerDiscrepancy> checkConsistency() {
        return stockRecords.discrepancies();
    }

    @Override
    @Transactional
    public StockLevel adjust(StockAdjustment adjustment) {
        var valid = Adjustment.validated(adjustment);
        return stockRecords.adjust(valid).orElseThrow(() -> new InsufficientStockException(valid.productId(),
                -valid.quantity(), stockRecords.level(valid.productId()).map(StockLevel::available).orElse(0L)));
    }

    @Override
    public List<StockMovement> movements(UUID productId, int limit) {
        return stockRecords.movements(productId, Math.clamp(limit, 1, MAX_MOVEMENTS));
    }
}
