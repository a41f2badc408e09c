package io.elif.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Goods moved from one location to another: out at once, in when received (at once within a warehouse). */
public record Transfer(UUID id, String number, State state, String fromWarehouseCode, UUID fromLocationId,
                       String fromLocationCode, String toWarehouseCode, UUID toLocationId, String toLocationCode,
                       String note, Instant createdAt, String createdBy, Instant receivedAt, String receivedBy,
                       List<Line> lines) {

    public enum State { IN_TRANSIT, RECEIVED }

    /** What left the source, lot by lot (first-expired-first-out). */
    public record Line(UUID productId, String sku, String name, String lot, LocalDate bestBefore, long quantity) {
    }

    /** What a user asks to move: product lines from one location to another. */
    public record Request(UUID fromLocationId, UUID toLocationId, String note, String actor, List<ReservationLine> lines) {
    }
}
