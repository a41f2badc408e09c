package io.elif.inventory;

import io.elif.kernel.Refusal;

import java.util.Map;

/** A reservation reference used again with other lines than the first time. */
public class ReservationConflictException extends Refusal {

    public ReservationConflictException(String reference) {
        super(Kind.UNPROCESSABLE, "reference-reused", "Reference reused", "Reservation " + reference + " exists with other lines",
                Map.of("reference", reference));
    }
}
