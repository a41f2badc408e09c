package io.elif.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A count sheet for one location: expected quantities as they were when counting started (hidden while a blind
 * count is under way), counted quantities, and the variances a MANAGER posts by approving.
 */
public record Stocktake(UUID id, String number, State state, String warehouseCode, UUID locationId, String locationCode,
                        boolean blind, Instant createdAt, String createdBy, Instant submittedAt, String submittedBy,
                        Instant closedAt, String closedBy, List<Line> lines) {

    public enum State { COUNTING, SUBMITTED, APPROVED, CANCELLED }

    /** {@code expected} null while hidden; {@code counted} null until counted; {@code variance} null until both known. */
    public record Line(UUID productId, String sku, String name, String lot, LocalDate bestBefore, Long expected,
                       Long counted) {

        public Long variance() {
            return expected == null || counted == null ? null : counted - expected;
        }
    }

    /** A counted quantity; {@code lot} null or "" for stock without a lot. */
    public record Count(UUID productId, String lot, long counted) {
    }

    /** The sheet as its viewers may see it: a blind count shows no expected figures until it is submitted. */
    public Stocktake asShown() {
        if (!blind || state != State.COUNTING) {
            return this;
        }
        return new Stocktake(id, number, state, warehouseCode, locationId, locationCode, blind, createdAt, createdBy,
                submittedAt, submittedBy, closedAt, closedBy, lines.stream()
                .map(line -> new Line(line.productId(), line.sku(), line.name(), line.lot(), line.bestBefore(), null,
                        line.counted()))
                .toList());
    }
}
