package io.elif.inventory;

import java.util.UUID;

/** A whole number of base units of one product to hold for an order. */
public record ReservationLine(UUID productId, long quantity) {
}
