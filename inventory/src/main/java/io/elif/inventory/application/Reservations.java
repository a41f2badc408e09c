package io.elif.inventory.application;

import io.elif.inventory.ReservationLine;

import java.util.List;

/** Which references hold which stock; the record of a line is what makes reserving idempotent. */
public interface Reservations {

    enum Recorded { NEW, REPEATED, DIFFERENT, NO_STOCK_RECORD }

    Recorded record(String reference, ReservationLine line);

    /** Closes the reference's open lines (released or issued) and returns them in product order. */
    List<ReservationLine> close(String reference, boolean issued);
}
