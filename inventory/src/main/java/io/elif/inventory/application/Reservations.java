package io.elif.inventory.application;

import io.elif.inventory.ReservationLine;

import java.util.List;
import java.util.UUID;

/** Which references hold which stock; the record of a line is what makes reserving idempotent. */
public interface Reservations {

    enum Recorded { NEW, REPEATED, DIFFERENT, NO_STOCK_CARD }

    /** A reservation line's share of one balance. */
    record Allocation(UUID productId, long balanceId, long quantity) {
    }

    /** {@code warehouseId} null means the default warehouse. */
    Recorded record(String reference, UUID warehouseId, ReservationLine line);

    void allocate(String reference, Allocation allocation);

    /** Closes the reference's open lines (released or issued) and returns their allocations in balance order. */
    List<Allocation> close(String reference, boolean issued);
}
