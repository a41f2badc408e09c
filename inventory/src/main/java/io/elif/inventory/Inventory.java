package io.elif.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory's facade for other modules and for the application's wiring. */
public interface Inventory {

    int MAX_BATCH = 100;
    int MAX_MOVEMENTS = 200;

    /** Company-wide on hand and reserved of a product that has a stock card. */
    Optional<StockLevel> stockLevel(UUID productId);

    /** Levels of those products that have a stock card; at most {@link #MAX_BATCH} ids. */
    List<StockLevel> stockLevels(Collection<UUID> productIds);

    /** Per warehouse, for those products that have a stock card; at most {@link #MAX_BATCH} ids. */
    List<ProductStock> productStocks(Collection<UUID> productIds);

    /** Totals, warehouses, every location and lot, and what is in transit. */
    Optional<ProductStock> productStock(UUID productId);

    /** Books goods in at the default location without lot or cost. */
    StockLevel receive(UUID productId, long quantity, String reference);

    /**
     * Books goods in, line by line, with lots and unit costs (which update the moving average cost); all lines or none.
     *
     * @throws io.elif.kernel.InvalidInputException naming the field at fault
     */
    List<StockLevel> receive(GoodsReceipt receipt);

    /** Takes goods a customer brought back into stock (no cost change). */
    List<StockLevel> acceptReturn(GoodsReceipt receipt);

    /**
     * Holds stock for an order in the default warehouse, all lines or none, first-expired-first-out and never from
     * expired lots. Calling again with the same reference and lines changes nothing, so a retried request never
     * reserves twice.
     *
     * @throws InsufficientStockException when a line exceeds what is available (nothing is reserved)
     * @throws ReservationConflictException when the reference was used with other lines
     */
    void reserve(String reference, List<ReservationLine> lines);

    /** As {@link #reserve(String, List)}, from the given warehouse. */
    void reserve(String reference, UUID warehouseId, List<ReservationLine> lines);

    /** Gives the reference's open reservations back to availability; repeating it changes nothing. */
    void release(String reference);

    /** Turns the reference's open reservations into outgoing movements; repeating it changes nothing. */
    void issue(String reference);

    /** Every balance that disagrees with its ledger or its open reservations, and every product total that disagrees with its balances. */
    List<LedgerDiscrepancy> checkConsistency();

    /**
     * Changes stock by hand, with a reason; never below what is reserved for orders.
     *
     * @throws io.elif.kernel.InvalidInputException when the adjustment breaks its rules
     * @throws InsufficientStockException when it would take more than is available
     */
    StockLevel adjust(StockAdjustment adjustment);

    /**
     * Products whose stock card lacks the catalogue's facts (SKU, name, minimum...): cards opened by stock that
     * arrived before the catalogue's event was processed, or kept from before inventory copied them. At most
     * {@code limit}.
     */
    List<UUID> productsWithoutFacts(int limit);

    /** The product's newest movements first, at most {@link #MAX_MOVEMENTS}. */
    List<StockMovement> movements(UUID productId, int limit);
}
