package io.elif.inventory.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.EmptiesStock;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The empties' append-only ledger and its counts. */
public interface EmptiesLedger {

    /** The reasons a movement of empties is recorded for. */
    enum Reason { CUSTOMER_EXCHANGE, CUSTOMER_RETURN }

    void record(UUID warehouseId, List<EmptiesCount> counts, Reason reason, String reference, String actor, Instant at);

    /** Every warehouse's counts, the default warehouse first, each by container code; zero counts left out. */
    List<EmptiesStock> stock();
}
