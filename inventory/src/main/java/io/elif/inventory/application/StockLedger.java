package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.Fefo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Balances per product, location and lot, their movements and the products' totals, changed together: every
 * change of a balance books its movement and moves the product's total in the same transaction.
 */
public interface StockLedger {

    /** A movement to stockkeeping. {@code lot} is "" for stock without a lot; {@code unitCost} only on receipts. */
    record Posting(UUID productId, UUID locationId, String lot, LocalDate bestBefore, long quantity, MovementKind kind,
                   String reference, String reason, String actor) {
    }

    /** A product's company-wide on hand after a change, with what the low-stock rule needs. */
    record Total(UUID productId, String sku, long onHand, long minimumStock, Long maximumStock) {
    }

    /** What a decrease took: from which location and lot. */
    record Taken(UUID productId, UUID locationId, String lot, LocalDate bestBefore, long quantity, Total total) {
    }

    /** The product's stock card with its cost, locked until the transaction ends. */
    record StockCard(long onHand, BigDecimal averageCost) {
    }

    /** What a location holds of one product and lot. */
    record Held(UUID productId, String lot, LocalDate bestBefore, long onHand) {
    }

    /** Every product and lot the location holds (on hand not zero). */
    List<Held> heldAt(UUID locationId);

    /** On hand of one product and lot at a location; 0 when it holds none. */
    long onHand(UUID productId, UUID locationId, String lot);

    /**
     * Locks the products' stock cards (opening those missing) until the transaction ends, in {@code UUID} order, and
     * returns what a cost update needs. Every write locks the cards of all its products this way before it touches
     * their balances: transactions then wait for each other in one order and never deadlock, whatever order their
     * lines come in. (A reservation locks each card in the statement that records its line, in the product order
     * {@code Reservation} gives its lines.)
     */
    Map<UUID, StockCard> lockCards(Collection<UUID> productIds);

    /** Raises (or opens) the balance, books the movement, raises the product's total. */
    Total increase(Posting posting);

    /**
     * Lowers one balance by the posting's quantity (a positive number) when what stays still covers its reservations,
     * or when its warehouse allows negative stock; books the movement. Empty when refused.
     */
    Optional<Taken> decrease(long balanceId, long quantity, MovementKind kind, String reference, String reason, String actor);

    /**
     * The balances of a product at a location with free stock, earliest best-before first, locked until the
     * transaction ends. {@code expiredBefore} null includes expired lots.
     */
    List<Fefo.Candidate> lockFreeAtLocation(UUID productId, UUID locationId, LocalDate expiredBefore);

    /** As {@link #lockFreeAtLocation}, over all locations of a warehouse, never from lots expired before the day. */
    List<Fefo.Candidate> lockFreeInWarehouse(UUID productId, UUID warehouseId, LocalDate expiredBefore);

    /**
     * The common case in one statement: locks the product's first free balance in the warehouse (earliest best-before,
     * never expired before the day) and reserves the quantity there when it alone covers it. Empty otherwise, with
     * nothing changed: the caller then takes the quantity from several balances. {@code warehouseId} null means the
     * default warehouse.
     */
    Optional<Long> reserveFromFirstFree(UUID productId, UUID warehouseId, LocalDate expiredBefore, long quantity);

    /** The id of the balance (opened empty when missing). */
    long balance(UUID productId, UUID locationId, String lot);

    /** Raises a balance's reserved quantity when its free stock covers it (or it may go negative). */
    boolean reserve(long balanceId, long quantity);

    void unreserve(long balanceId, long quantity);

    /** Lowers reserved and on hand of the balance together and books the outgoing movement. */
    Taken issueReserved(long balanceId, long quantity, String reference);

    /** The lot's best-before date once recorded; the first receipt of a lot records it. */
    Optional<LocalDate> registerLot(UUID productId, String lot, LocalDate bestBefore);

    void setAverageCost(UUID productId, BigDecimal averageCost);
}
