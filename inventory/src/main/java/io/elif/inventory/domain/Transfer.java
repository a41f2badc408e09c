package io.elif.inventory.domain;

import io.elif.inventory.StockStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Goods moved from one location to another: out at once, in transit until received at the destination (at once
 * within a warehouse). It owns its transitions: {@link #sent} opens it in transit, {@link #received} checks the
 * state and returns it received; the use case stores it and books the movements.
 */
public record Transfer(UUID id, String number, State state, String fromWarehouseCode, UUID fromLocationId,
                       String fromLocationCode, String toWarehouseCode, UUID toLocationId, String toLocationCode,
                       String note, Instant createdAt, String createdBy, Instant receivedAt, String receivedBy,
                       List<Line> lines) {

    public enum State { IN_TRANSIT, RECEIVED }

    /** What left the source, lot by lot (first-expired-first-out). */
    public record Line(UUID productId, String sku, String name, String lot, LocalDate bestBefore, long quantity) {
    }

    /** The goods that left {@code from} for {@code to}, lot by lot: in transit. */
    public static Transfer sent(UUID id, String number, Location from, Location to, String note, Instant at, String actor,
                                List<Line> lines) {
        return new Transfer(id, number, State.IN_TRANSIT, from.warehouseCode(), from.locationId(), from.locationCode(),
                to.warehouseCode(), to.locationId(), to.locationCode(), note, at, actor, null, null, List.copyOf(lines));
    }

    /** Goods moved within one warehouse arrive at once; between warehouses they travel until received. */
    public boolean withinOneWarehouse() {
        return fromWarehouseCode.equals(toWarehouseCode);
    }

    /** Received at the destination, once: its lines then come in there. */
    public Transfer received(String actor, Instant at) {
        if (state != State.IN_TRANSIT) {
            throw new StockStateException("Transfer " + number + " was received already");
        }
        return new Transfer(id, number, State.RECEIVED, fromWarehouseCode, fromLocationId, fromLocationCode, toWarehouseCode,
                toLocationId, toLocationCode, note, createdAt, createdBy, at, actor, lines);
    }
}
