package io.elif.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory's facade for other modules and for the application's wiring. */
public interface Inventory {

    int MAX_BATCH = 100;

    Optional<StockLevel> stockLevel(UUID productId);

    /** Levels of those products that have a stock record; at most {@link #MAX_BATCH} ids. */
    List<StockLevel> stockLevels(Collection<UUID> productIds);

    /** Books goods in: a receipt movement and the matching rise of the level, atomically. */
    StockLevel receive(UUID productId, long quantity, String reference);

    /**
     * Holds stock for an order, all lines or none. Calling again with the same reference and lines
     * changes nothing, so a retried request never reserves twice.
     *
     * @throws InsufficientStockException when a line exceeds what is available (nothing is reserved)
     * @throws ReservationConflictException when the reference was used with other lines
     */
    void reserve(String reference, List<ReservationLine> lines);

    /** Gives the reference's open reservations back to availability; repeating it changes nothing. */
    void release(String reference);

    /** Turns the reference's open reservations into outgoing movements; repeating it changes nothing. */
    void issue(String reference);

    /**
     * Every stock record whose on-hand quantity differs from the sum of its movements, or whose reserved
     * quantity differs from its open reservations. Empty when the books are consistent.
     */
    List<LedgerDiscrepancy> checkConsistency();

    int MAX_MOVEMENTS = 200;

    /**
     * Changes stock by hand, with a reason; never below what is reserved for orders.
     *
     * @throws InvalidAdjustmentException when the adjustment breaks its rules
     * @throws InsufficientStockException when it would take more than is available
     */
    StockLevel adjust(StockAdjustment adjustment);

    /** The product's newest movements first, at most {@link #MAX_MOVEMENTS}. */
    List<StockMovement> movements(UUID productId, int limit);
}
