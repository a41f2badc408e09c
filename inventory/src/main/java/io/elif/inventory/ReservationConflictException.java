package io.elif.inventory;

/** A reservation reference used again with other lines than the first time. */
public class ReservationConflictException extends RuntimeException {

    public ReservationConflictException(String reference) {
        super("Reservation " + reference + " exists with other lines");
    }
}
