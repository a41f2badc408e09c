package io.elif.inventory.application;

import io.elif.inventory.InsufficientStockException;
import io.elif.inventory.ReservationConflictException;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.domain.Reservation;

import java.util.List;

/**
 * Reserve, release and issue stock for an order reference. A line is reserved by one guarded update
 * (only while on hand - reserved covers it), so concurrent orders can never oversell; the caller's
 * transaction makes a multi-line reservation all or nothing.
 */
public final class ReserveStock {

    private final Reservations reservations;
    private final StockRecords stockRecords;

    public ReserveStock(Reservations reservations, StockRecords stockRecords) {
        this.reservations = reservations;
        this.stockRecords = stockRecords;
    }

    public void reserve(String reference, List<ReservationLine> lines) {
        var reservation = new Reservation(reference, lines);
        for (var line : reservation.lines()) {
            switch (reservations.record(reservation.reference(), line)) {
                case NEW -> {
                    if (!stockRecords.reserve(line.productId(), line.quantity())) {
                        throw insufficient(line);
                    }
                }
                case REPEATED -> {
                    // reserved by an earlier call with this reference
                }
                case DIFFERENT -> throw new ReservationConflictException(reservation.reference());
                case NO_STOCK_RECORD -> throw insufficient(line);
            }
        }
    }

    public void release(String reference) {
        reservations.close(reference, false).forEach(line -> stockRecords.unreserve(line.productId(), line.quantity()));
    }

    public void issue(String reference) {
        reservations.close(reference, true)
                .forEach(line -> stockRecords.issueReserved(line.productId(), line.quantity(), reference));
    }

    private InsufficientStockException insufficient(ReservationLine line) {
        var available = stockRecords.level(line.productId()).map(level -> level.available()).orElse(0L);
        return new InsufficientStockException(line.productId(), line.quantity(), available);
    }
}
