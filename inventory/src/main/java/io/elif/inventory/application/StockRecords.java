package io.elif.inventory.application;

import io.elif.inventory.StockLevel;
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

    List<StockLevel> levels(Collection<UUID> productIds);
}
