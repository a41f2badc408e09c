package io.elif.inventory.adapter.persistence;

import io.elif.inventory.ReservationLine;
import io.elif.inventory.application.Reservations;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.RESERVATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.RESERVATION_ALLOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_BALANCE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;

@Repository
class JooqReservations implements Reservations {

    private static final String OPEN = "OPEN";

    private final DSLContext dsl;

    JooqReservations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the line unless the reference holds the product already; a concurrent call with the same
     * reference waits on the primary key and then finds the line there. The same statement locks the product's
     * stock card, as every write does before touching balances (see {@code StockLedger.lockCard}).
     */
    @Override
    public Recorded record(String reference, UUID warehouseId, ReservationLine line) {
        var inserted = dsl.insertInto(RESERVATION, RESERVATION.REFERENCE, RESERVATION.PRODUCT_ID, RESERVATION.QUANTITY,
                        RESERVATION.WAREHOUSE_ID)
                .select(DSL.select(DSL.val(reference), DSL.val(line.productId()), DSL.val(line.quantity()),
                                JooqWarehouses.orDefault(warehouseId))
                        .whereExists(DSL.selectOne().from(STOCK_CARD).where(STOCK_CARD.PRODUCT_ID.eq(line.productId())).forUpdate()))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return Recorded.NEW;
        }
        return dsl.select(RESERVATION.QUANTITY, RESERVATION.WAREHOUSE_ID.eq(JooqWarehouses.orDefault(warehouseId)))
                .from(RESERVATION)
                .where(RESERVATION.REFERENCE.eq(reference), RESERVATION.PRODUCT_ID.eq(line.productId()))
                .fetchOptional()
                .map(row -> row.value1() == line.quantity() && row.value2() ? Recorded.REPEATED : Recorded.DIFFERENT)
                .orElse(Recorded.NO_STOCK_CARD);
    }

    @Override
    public void allocate(String reference, Allocation allocation) {
        dsl.insertInto(RESERVATION_ALLOCATION)
                .set(RESERVATION_ALLOCATION.REFERENCE, reference)
                .set(RESERVATION_ALLOCATION.PRODUCT_ID, allocation.productId())
                .set(RESERVATION_ALLOCATION.BALANCE_ID, allocation.balanceId())
                .set(RESERVATION_ALLOCATION.QUANTITY, allocation.quantity())
                .onConflict(RESERVATION_ALLOCATION.REFERENCE, RESERVATION_ALLOCATION.PRODUCT_ID, RESERVATION_ALLOCATION.BALANCE_ID)
                .doUpdate().set(RESERVATION_ALLOCATION.QUANTITY, RESERVATION_ALLOCATION.QUANTITY.plus(allocation.quantity()))
                .execute();
    }

    /**
     * Closing is one update; its allocations come back in the order reservations lock balances (product as Java orders
     * UUIDs, then first-expired-first-out), so that issuing and reserving cannot deadlock each other.
     */
    @Override
    public List<Allocation> close(String reference, boolean issued) {
        var closed = dsl.update(RESERVATION)
                .set(RESERVATION.STATE, issued ? "ISSUED" : "RELEASED")
                .set(RESERVATION.CLOSED_AT, DSL.currentOffsetDateTime())
                .where(RESERVATION.REFERENCE.eq(reference), RESERVATION.STATE.eq(OPEN))
                .returning(RESERVATION.PRODUCT_ID)
                .fetch(RESERVATION.PRODUCT_ID);
        if (closed.isEmpty()) {
            return List.of();
        }
        record Held(Allocation allocation, LocalDate bestBefore) {
        }
        return dsl.select(RESERVATION_ALLOCATION.PRODUCT_ID, RESERVATION_ALLOCATION.BALANCE_ID, RESERVATION_ALLOCATION.QUANTITY,
                        STOCK_BALANCE.BEST_BEFORE)
                .from(RESERVATION_ALLOCATION).join(STOCK_BALANCE).on(STOCK_BALANCE.ID.eq(RESERVATION_ALLOCATION.BALANCE_ID))
                .where(RESERVATION_ALLOCATION.REFERENCE.eq(reference), RESERVATION_ALLOCATION.PRODUCT_ID.in(closed))
                .fetch(row -> new Held(new Allocation(row.value1(), row.value2(), row.value3()), row.value4()))
                .stream()
                .sorted(Comparator.comparing((Held held) -> held.allocation().productId())
                        .thenComparing(Held::bestBefore, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(held -> held.allocation().balanceId()))
                .map(Held::allocation)
                .toList();
    }
}
