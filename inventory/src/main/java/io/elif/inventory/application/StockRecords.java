package io.elif.inventory.application;

import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockLevel;
import io.elif.inventory.StockMovement;
import io.elif.inventory.domain.StockReceipt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stock records and their movements, as stored. */
public interface StockRecords {

    /** Opens an empty record; does nothing when the product has one already. */
    void open(UUID productId);

    StockLevel book(StockReceipt receipt);

    Optional<StockLevel> level(UUID productId);

    /** Raises the reserved quantity when the available one covers it; tells whether it did. */
    boolean reserve(UUID productId, long quantity);

    void unreserve(UUID productId, long quantity);

    /** Lowers reserved and on hand together and books the outgoing movement. */
    void issueReserved(UUID productId, long quantity, String reference);

    List<LedgerDiscrepancy> discrepancies();

    /** Books the adjustment when the stock left stays at or above what is reserved; empty otherwise. */
    Optional<StockLevel> adjust(StockAdjustment adjustment);

    List<StockMovement> movements(UUID productId, int limit);

    List<StockLevel> levels(Collection<UUID> productIds);
}
