package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** Stock to move: product lines from one location to another, asked by {@code actor}. */
public record NewTransfer(UUID fromLocationId, UUID toLocationId, String note, String actor, List<ReservationLine> lines) {
}
