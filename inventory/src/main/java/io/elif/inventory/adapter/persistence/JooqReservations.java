package io.elif.inventory.adapter.persistence;

import io.elif.inventory.ReservationLine;
import io.elif.inventory.application.Reservations;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;

import static io.elif.inventory.adapter.persistence.jooq.Tables.RESERVATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_RECORD;

@Repository
class JooqReservations implements Reservations {

    static final String OPEN = "OPEN";

    private final DSLContext dsl;

    JooqReservations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the line unless the reference holds the product already; a concurrent call with the same
     * reference waits on the primary key and then finds the line there.
     */
    @Override
    public Recorded record(String reference, ReservationLine line) {
        var inserted = dsl.insertInto(RESERVATION, RESERVATION.REFERENCE, RESERVATION.PRODUCT_ID, RESERVATION.QUANTITY)
                .select(DSL.select(DSL.val(reference), DSL.val(line.productId()), DSL.val(line.quantity()))
                        .whereExists(DSL.selectOne().from(STOCK_RECORD).where(STOCK_RECORD.PRODUCT_ID.eq(line.productId()))))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return Recorded.NEW;
        }
        return dsl.select(RESERVATION.QUANTITY).from(RESERVATION)
                .where(RESERVATION.REFERENCE.eq(reference), RESERVATION.PRODUCT_ID.eq(line.productId()))
                .fetchOptional(RESERVATION.QUANTITY)
                .map(quantity -> quantity == line.quantity() ? Recorded.REPEATED : Recorded.DIFFERENT)
                .orElse(Recorded.NO_STOCK_RECORD);
    }

    @Override
    public List<ReservationLine> close(String reference, boolean issued) {
        return dsl.update(RESERVATION)
                .set(RESERVATION.STATE, issued ? "ISSUED" : "RELEASED")
                .set(RESERVATION.CLOSED_AT, DSL.currentOffsetDateTime())
                .where(RESERVATION.REFERENCE.eq(reference), RESERVATION.STATE.eq(OPEN))
                .returning(RESERVATION.PRODUCT_ID, RESERVATION.QUANTITY)
                .fetch(row -> new ReservationLine(row.getProductId(), row.getQuantity()))
                .stream().sorted(java.util.Comparator.comparing(ReservationLine::productId)).toList();
    }
}
