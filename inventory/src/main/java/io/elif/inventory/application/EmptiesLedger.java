package io.elif.inventory.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.EmptiesStock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The empties' append-only ledger and its counts. */
public interface EmptiesLedger {

    /** The reasons a movement of empties is recorded for. */
    enum Reason { CUSTOMER_EXCHANGE, CUSTOMER_RETURN, SUPPLIER_RETURN }

    /**
     * Locks the warehouse's empties until the transaction ends, so that empties taken out are counted by one
     * transaction at a time (empties coming in need no lock: they never make a count negative).
     */
    void lock(UUID warehouseId);

    /** The warehouse's count of each container type it holds empties of. */
    Map<UUID, Long> counts(UUID warehouseId);

    void record(UUID warehouseId, List<EmptiesCount> counts, Reason reason, String reference, String actor, Instant at);

    /** Every warehouse's counts, the default warehouse first, each by container code; zero counts left out. */
    List<EmptiesStock> stock();
}
