package io.elif.inventory.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.EmptiesStock;
import io.elif.kernel.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Counts the empty containers in each warehouse: empties brought back by customers come in here. */
@Service
@Transactional
public class KeepEmpties {

    private final EmptiesLedger ledger;
    private final Warehouses warehouses;
    private final Clock clock;

    KeepEmpties(EmptiesLedger ledger, Warehouses warehouses, Clock clock) {
        this.ledger = ledger;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /**
     * Books empties brought back by a customer into the warehouse; counts of zero are left out.
     *
     * @param exchanged true for empties exchanged at a sale, false for empties returned on their own
     */
    public void receive(String reference, UUID warehouseId, List<EmptiesCount> counts, boolean exchanged, String actor) {
        if (warehouses.byId(warehouseId).isEmpty()) {
            throw new InvalidInputException("warehouseId", "no such warehouse");
        }
        var moved = counts.stream().filter(count -> count.quantity() != 0).toList();
        if (moved.stream().anyMatch(count -> count.quantity() < 0)) {
            throw new IllegalArgumentException("empties received must be counted positive");
        }
        if (!moved.isEmpty()) {
            ledger.record(warehouseId, moved, exchanged ? EmptiesLedger.Reason.CUSTOMER_EXCHANGE
                    : EmptiesLedger.Reason.CUSTOMER_RETURN, reference, actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /**
     * Takes empties out of the warehouse, back to a supplier, under the warehouse's empties lock: concurrent returns
     * count one after the other and never take more than stands there.
     *
     * @param counts positive quantities; refused naming {@code lines[i].quantity} (i its index) when more than the
     *               warehouse holds, with nothing taken out
     */
    public void returnToSupplier(String reference, UUID warehouseId, List<EmptiesCount> counts, String actor) {
        if (warehouses.byId(warehouseId).isEmpty()) {
            throw new InvalidInputException("warehouseId", "no such warehouse");
        }
        if (counts.stream().anyMatch(count -> count.quantity() <= 0)) {
            throw new IllegalArgumentException("empties returned must be counted positive");
        }
        ledger.lock(warehouseId);
        var held = ledger.counts(warehouseId);
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            long standing = held.getOrDefault(count.containerTypeId(), 0L);
            if (count.quantity() > standing) {
                throw new InvalidInputException("lines[" + i + "].quantity",
                        "only " + standing + " empty " + count.name() + " in the warehouse");
            }
        }
        ledger.record(warehouseId, counts.stream().map(count -> new EmptiesCount(count.containerTypeId(), count.code(),
                        count.name(), -count.quantity())).toList(), EmptiesLedger.Reason.SUPPLIER_RETURN, reference, actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional(readOnly = true)
    public List<EmptiesStock> stock() {
        return ledger.stock();
    }
}
