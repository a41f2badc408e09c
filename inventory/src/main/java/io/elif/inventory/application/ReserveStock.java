package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.IssuedStock;
import io.elif.inventory.ReservationConflictException;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.domain.Fefo;
import io.elif.inventory.domain.Reservation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reserve, release and issue stock for an order reference. Each line locks the product's free balances in the
 * warehouse (earliest best-before first, expired lots never) and raises their reserved quantity; lines go in
 * product order so concurrent multi-line reservations cannot deadlock, and the caller's transaction makes the
 * whole reservation all or nothing.
 */
@Service
@Transactional
public class ReserveStock {

    private final Reservations reservations;
    private final StockLedger ledger;
    private final Warehouses warehouses;
    private final Stockkeeping stockkeeping;

    ReserveStock(Reservations reservations, StockLedger ledger, Warehouses warehouses, Stockkeeping stockkeeping) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.warehouses = warehouses;
        this.stockkeeping = stockkeeping;
    }

    /** {@code warehouseId} null reserves in the default warehouse, which the statements resolve themselves. */
    public void reserve(String reference, UUID warehouseId, List<ReservationLine> lines) {
        var reservation = new Reservation(reference, lines);
        if (warehouseId != null) {
            warehouses.defaultLocation(warehouseId); // refuses an unknown warehouse before anything is written
        }
        for (var line : reservation.lines()) {
            switch (reservations.record(reservation.reference(), warehouseId, line)) {
                case NEW -> allocate(reservation.reference(), warehouseId, line);
                case REPEATED -> {
                    // reserved by an earlier call with this reference
                }
                case DIFFERENT -> throw new ReservationConflictException(reservation.reference());
                case NO_STOCK_CARD -> throw stockkeeping.shortfall(line.productId(), line.quantity(), 0);
            }
        }
    }

    private void allocate(String reference, UUID warehouseId, ReservationLine line) {
        var today = stockkeeping.today();
        var single = ledger.reserveFromFirstFree(line.productId(), warehouseId, today, line.quantity());
        if (single.isPresent()) {
            reservations.allocate(reference, new Reservations.Allocation(line.productId(), single.get(), line.quantity()));
            return;
        }
        // the rare case: several lots or locations, or a shortfall
        var location = warehouseId == null ? warehouses.defaultLocation() : warehouses.defaultLocation(warehouseId);
        var allocation = Fefo.allocate(ledger.lockFreeInWarehouse(line.productId(), location.warehouseId(), today), line.quantity());
        var takes = stockkeeping.cover(line.productId(), line.quantity(), allocation, location,
                () -> ledger.balance(line.productId(), location.locationId(), ""));
        for (var take : takes) {
            if (!ledger.reserve(take.balanceId(), take.quantity())) {
                throw stockkeeping.shortfall(line.productId(), line.quantity(), allocation.covered());
            }
            reservations.allocate(reference, new Reservations.Allocation(line.productId(), take.balanceId(), take.quantity()));
        }
    }

    public void release(String reference) {
        var allocations = reservations.close(reference, false);
        ledger.lockCards(productsOf(allocations));
        for (var allocation : allocations) {
            ledger.unreserve(allocation.balanceId(), allocation.quantity());
        }
    }

    /** Per product, the base units issued and the moving average cost on the card, locked, as they left. */
    public List<IssuedStock> issue(String reference) {
        var allocations = reservations.close(reference, true);
        var cards = ledger.lockCards(productsOf(allocations));
        var issued = new TreeMap<UUID, Long>();
        for (var allocation : allocations) {
            var taken = ledger.issueReserved(allocation.balanceId(), allocation.quantity(), reference);
            stockkeeping.watchMinimum(taken.total(), taken.quantity(), MovementKind.ISSUE);
            issued.merge(allocation.productId(), allocation.quantity(), Long::sum);
        }
        return issued.entrySet().stream()
                .map(entry -> new IssuedStock(entry.getKey(), entry.getValue(), cards.get(entry.getKey()).averageCost()))
                .toList();
    }

    private static List<UUID> productsOf(List<Reservations.Allocation> allocations) {
        return allocations.stream().map(Reservations.Allocation::productId).distinct().toList();
    }
}
