package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import java.time.Instant;

/** One line of a product's stock ledger: where, which lot, how much, why and who. */
public record StockMovement(long id, Instant occurredAt, MovementKind kind, long quantity, String warehouseCode,
                            String locationCode, String lot, String reference, String reason, String actor) {
}
