package io.elif.inventory.adapter.spring;

import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.MovementKind;
import io.elif.inventory.ProductStock;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockLevel;
import io.elif.inventory.StockMovement;
import io.elif.inventory.application.AdjustStock;
import io.elif.inventory.application.ReceiveStock;
import io.elif.inventory.application.ReserveStock;
import io.elif.inventory.application.StockBook;
import io.elif.inventory.application.StockQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class TransactionalInventory implements Inventory {

    private final StockQueries queries;
    private final StockBook book;
    private final ReceiveStock receiveStock;
    private final ReserveStock reserveStock;
    private final AdjustStock adjustStock;

    TransactionalInventory(StockQueries queries, StockBook book, ReceiveStock receiveStock, ReserveStock reserveStock,
                           AdjustStock adjustStock) {
        this.queries = queries;
        this.book = book;
        this.receiveStock = receiveStock;
        this.reserveStock = reserveStock;
        this.adjustStock = adjustStock;
    }

    @Override
    public Optional<StockLevel> stockLevel(UUID productId) {
        return queries.levels(List.of(productId)).stream().findFirst();
    }

    @Override
    public List<StockLevel> stockLevels(Collection<UUID> productIds) {
        return productIds.isEmpty() ? List.of() : queries.levels(withinBatch(productIds));
    }

    @Override
    public List<ProductStock> productStocks(Collection<UUID> productIds) {
        return productIds.isEmpty() ? List.of() : queries.productStocks(withinBatch(productIds), false, book.today());
    }

    @Override
    public Optional<ProductStock> productStock(UUID productId) {
        return queries.productStocks(List.of(productId), true, book.today()).stream().findFirst();
    }

    @Override
    @Transactional
    public StockLevel receive(UUID productId, long quantity, String reference) {
        return receive(new GoodsReceipt(null, reference, null, List.of(new ReceiptLine(productId, quantity, null, null, null))))
                .getFirst();
    }

    @Override
    @Transactional
    public List<StockLevel> receive(GoodsReceipt receipt) {
        receiveStock.handle(receipt, MovementKind.RECEIPT);
        return levelsOf(receipt);
    }

    @Override
    @Transactional
    public List<StockLevel> acceptReturn(GoodsReceipt receipt) {
        receiveStock.handle(receipt, MovementKind.CUSTOMER_RETURN);
        return levelsOf(receipt);
    }

    private List<StockLevel> levelsOf(GoodsReceipt receipt) {
        return queries.levels(receipt.lines().stream().map(ReceiptLine::productId).distinct().toList());
    }

    @Override
    @Transactional
    public void reserve(String reference, List<ReservationLine> lines) {
        reserveStock.reserve(reference, null, lines);
    }

    @Override
    @Transactional
    public void reserve(String reference, UUID warehouseId, List<ReservationLine> lines) {
        reserveStock.reserve(reference, warehouseId, lines);
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
        return queries.discrepancies();
    }

    @Override
    @Transactional
    public StockLevel adjust(StockAdjustment adjustment) {
        adjustStock.handle(adjustment);
        return stockLevel(adjustment.productId()).orElseThrow();
    }

    @Override
    public List<UUID> productsWithoutFacts(int limit) {
        return queries.cardsWithoutFacts(limit);
    }

    @Override
    public List<StockMovement> movements(UUID productId, int limit) {
        return queries.movements(productId, Math.clamp(limit, 1, MAX_MOVEMENTS));
    }

    private static Collection<UUID> withinBatch(Collection<UUID> productIds) {
        if (productIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " products at once");
        }
        return productIds;
    }
}
