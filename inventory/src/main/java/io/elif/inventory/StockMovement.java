package io.elif.inventory;

import java.time.Instant;

/** One line of a product's stock ledger. */
public record StockMovement(long id, Instant occurredAt, String kind, long quantity, String reference, String reason,
                            String actor) {
}
