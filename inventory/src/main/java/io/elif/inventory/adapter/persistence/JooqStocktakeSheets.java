package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.StockLedger;
import io.elif.inventory.application.StocktakeSheets;
import io.elif.inventory.domain.Stocktake;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.LOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCKTAKE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCKTAKE_LINE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;
import static io.elif.inventory.adapter.persistence.jooq.Tables.WAREHOUSE;

@Repository
class JooqStocktakeSheets implements StocktakeSheets {

    private final DSLContext dsl;

    JooqStocktakeSheets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(UUID id, String number, UUID locationId, boolean blind, String actor, List<StockLedger.Held> expected) {
        dsl.insertInto(STOCKTAKE)
                .set(STOCKTAKE.ID, id)
                .set(STOCKTAKE.NUMBER, number)
                .set(STOCKTAKE.STATE, Stocktake.State.COUNTING.name())
                .set(STOCKTAKE.LOCATION_ID, locationId)
                .set(STOCKTAKE.BLIND, blind)
                .set(STOCKTAKE.CREATED_BY, actor)
                .execute();
        if (expected.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(STOCKTAKE_LINE, STOCKTAKE_LINE.STOCKTAKE_ID, STOCKTAKE_LINE.PRODUCT_ID, STOCKTAKE_LINE.LOT,
                STOCKTAKE_LINE.BEST_BEFORE, STOCKTAKE_LINE.EXPECTED);
        for (var held : expected) {
            insert = insert.values(id, held.productId(), held.lot(), held.bestBefore(), held.onHand());
        }
        insert.execute();
    }

    @Override
    public Optional<Stocktake> lock(UUID id) {
        dsl.selectOne().from(STOCKTAKE).where(STOCKTAKE.ID.eq(id)).forUpdate().execute();
        return byId(id);
    }

    @Override
    public void count(UUID id, UUID productId, String lot, LocalDate bestBefore, long expected, long counted) {
        dsl.insertInto(STOCKTAKE_LINE)
                .set(STOCKTAKE_LINE.STOCKTAKE_ID, id)
                .set(STOCKTAKE_LINE.PRODUCT_ID, productId)
                .set(STOCKTAKE_LINE.LOT, lot)
                .set(STOCKTAKE_LINE.BEST_BEFORE, bestBefore)
                .set(STOCKTAKE_LINE.EXPECTED, expected)
                .set(STOCKTAKE_LINE.COUNTED, counted)
                .onConflict(STOCKTAKE_LINE.STOCKTAKE_ID, STOCKTAKE_LINE.PRODUCT_ID, STOCKTAKE_LINE.LOT)
                .doUpdate().set(STOCKTAKE_LINE.COUNTED, counted)
                .execute();
    }

    @Override
    public void changed(Stocktake sheet) {
        dsl.update(STOCKTAKE)
                .set(STOCKTAKE.STATE, sheet.state().name())
                .set(STOCKTAKE.SUBMITTED_AT, timestamp(sheet.submittedAt()))
                .set(STOCKTAKE.SUBMITTED_BY, sheet.submittedBy())
                .set(STOCKTAKE.CLOSED_AT, timestamp(sheet.closedAt()))
                .set(STOCKTAKE.CLOSED_BY, sheet.closedBy())
                .where(STOCKTAKE.ID.eq(sheet.id()))
                .execute();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Optional<Stocktake> byId(UUID id) {
        var sheet = headers(STOCKTAKE.ID.eq(id), 1).stream().findFirst();
        if (sheet.isEmpty()) {
            return sheet;
        }
        var lines = dsl.select(STOCKTAKE_LINE.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.NAME, STOCKTAKE_LINE.LOT,
                        STOCKTAKE_LINE.BEST_BEFORE, STOCKTAKE_LINE.EXPECTED, STOCKTAKE_LINE.COUNTED)
                .from(STOCKTAKE_LINE).leftJoin(STOCK_CARD).on(STOCK_CARD.PRODUCT_ID.eq(STOCKTAKE_LINE.PRODUCT_ID))
                .where(STOCKTAKE_LINE.STOCKTAKE_ID.eq(id))
                .orderBy(STOCK_CARD.NAME.asc().nullsLast(), STOCKTAKE_LINE.PRODUCT_ID, STOCKTAKE_LINE.LOT)
                .fetch(row -> new Stocktake.Line(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7()));
        var found = sheet.get();
        return Optional.of(new Stocktake(found.id(), found.number(), found.state(), found.warehouseCode(), found.locationId(),
                found.locationCode(), found.blind(), found.createdAt(), found.createdBy(), found.submittedAt(),
                found.submittedBy(), found.closedAt(), found.closedBy(), lines));
    }

    @Override
    public List<Stocktake> list(Stocktake.State state, int limit) {
        return headers(state == null ? DSL.noCondition() : STOCKTAKE.STATE.eq(state.name()), limit);
    }

    private List<Stocktake> headers(Condition condition, int limit) {
        return dsl.select(STOCKTAKE.asterisk(), LOCATION.CODE, WAREHOUSE.CODE)
                .from(STOCKTAKE).join(LOCATION).on(LOCATION.ID.eq(STOCKTAKE.LOCATION_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(LOCATION.WAREHOUSE_ID))
                .where(condition)
                .orderBy(STOCKTAKE.CREATED_AT.desc(), STOCKTAKE.NUMBER.desc())
                .limit(limit)
                .fetch(row -> new Stocktake(row.get(STOCKTAKE.ID), row.get(STOCKTAKE.NUMBER),
                        Stocktake.State.valueOf(row.get(STOCKTAKE.STATE)), row.get(WAREHOUSE.CODE), row.get(STOCKTAKE.LOCATION_ID),
                        row.get(LOCATION.CODE), row.get(STOCKTAKE.BLIND), row.get(STOCKTAKE.CREATED_AT).toInstant(),
                        row.get(STOCKTAKE.CREATED_BY), instant(row.get(STOCKTAKE.SUBMITTED_AT)), row.get(STOCKTAKE.SUBMITTED_BY),
                        instant(row.get(STOCKTAKE.CLOSED_AT)), row.get(STOCKTAKE.CLOSED_BY), List.of()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
