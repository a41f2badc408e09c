package io.elif.inventory;

import java.time.Instant;

/** One line of a product's stock ledger: where, which lot, how much, why and who. */
public record StockMovement(long id, Instant occurredAt, MovementKind kind, long quantity, String warehouseCode,
                            String locationCode, String lot, String reference, String reason, String actor) {
}
