package io.elif.inventory.domain;

import io.elif.inventory.StockStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A count sheet for one location: expected quantities as they were when counting started (hidden while a blind
 * count is under way), counted quantities, and the variances a MANAGER posts by approving. It owns its
 * transitions (COUNTING, then SUBMITTED, then APPROVED; CANCELLED from either of the first two): each checks the
 * state and returns the sheet as it becomes; the use case stores it and books what the transition causes.
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

    /** The approved sheet and what its approval books: the variance of every counted line that differs. */
    public record Approval(Stocktake stocktake, List<Line> variances) {
    }

    /** @throws StockStateException unless the sheet is being counted (counts are entered only then) */
    public void requireCounting() {
        requireState(State.COUNTING);
    }

    /** The counted sheet, handed in for approval. */
    public Stocktake submitted(String actor, Instant at) {
        requireState(State.COUNTING);
        return new Stocktake(id, number, State.SUBMITTED, warehouseCode, locationId, locationCode, blind, createdAt,
                createdBy, at, actor, closedAt, closedBy, lines);
    }

    /** Approving a submitted sheet closes it and books each counted line's variance (counted - expected), once. */
    public Approval approved(String actor, Instant at) {
        requireState(State.SUBMITTED);
        var variances = lines.stream().filter(line -> line.variance() != null && line.variance() != 0).toList();
        return new Approval(closed(State.APPROVED, actor, at), variances);
    }

    /** A sheet not yet approved may be cancelled; it books nothing. */
    public Stocktake cancelled(String actor, Instant at) {
        if (state == State.APPROVED || state == State.CANCELLED) {
            throw new StockStateException("Stocktake " + number + " is " + state.name().toLowerCase());
        }
        return closed(State.CANCELLED, actor, at);
    }

    private Stocktake closed(State closing, String actor, Instant at) {
        return new Stocktake(id, number, closing, warehouseCode, locationId, locationCode, blind, createdAt, createdBy,
                submittedAt, submittedBy, at, actor, lines);
    }

    private void requireState(State required) {
        if (state != required) {
            throw new StockStateException("Stocktake " + number + " is " + state.name().toLowerCase()
                    + ", not " + required.name().toLowerCase());
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
