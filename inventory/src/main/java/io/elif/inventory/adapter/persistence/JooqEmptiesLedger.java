package io.elif.inventory.adapter.persistence;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.EmptiesStock;
import io.elif.inventory.application.EmptiesLedger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.inventory.adapter.persistence.jooq.Tables.EMPTIES_MOVEMENT;
import static io.elif.inventory.adapter.persistence.jooq.Tables.WAREHOUSE;

@Repository
class JooqEmptiesLedger implements EmptiesLedger {

    private final DSLContext dsl;

    JooqEmptiesLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void lock(UUID warehouseId) {
        // no key update: empties coming in (whose foreign key shares the row) are not held up
        dsl.select(WAREHOUSE.ID).from(WAREHOUSE).where(WAREHOUSE.ID.eq(warehouseId)).forNoKeyUpdate().fetch();
    }

    @Override
    public Map<UUID, Long> counts(UUID warehouseId) {
        var quantity = DSL.sum(EMPTIES_MOVEMENT.QUANTITY).cast(Long.class);
        return dsl.select(EMPTIES_MOVEMENT.CONTAINER_TYPE_ID, quantity).from(EMPTIES_MOVEMENT)
                .where(EMPTIES_MOVEMENT.WAREHOUSE_ID.eq(warehouseId))
                .groupBy(EMPTIES_MOVEMENT.CONTAINER_TYPE_ID)
                .fetchMap(EMPTIES_MOVEMENT.CONTAINER_TYPE_ID, quantity);
    }

    @Override
    public void record(UUID warehouseId, List<EmptiesCount> counts, Reason reason, String reference, String actor,
                       Instant at) {
        var insert = dsl.insertInto(EMPTIES_MOVEMENT, EMPTIES_MOVEMENT.WAREHOUSE_ID, EMPTIES_MOVEMENT.CONTAINER_TYPE_ID,
                EMPTIES_MOVEMENT.CODE, EMPTIES_MOVEMENT.NAME, EMPTIES_MOVEMENT.QUANTITY, EMPTIES_MOVEMENT.REASON,
                EMPTIES_MOVEMENT.REFERENCE, EMPTIES_MOVEMENT.RECORDED_BY, EMPTIES_MOVEMENT.RECORDED_AT);
        for (var count : counts) {
            insert = insert.values(warehouseId, count.containerTypeId(), count.code(), count.name(), count.quantity(),
                    reason.name(), reference, actor, at.atOffset(ZoneOffset.UTC));
        }
        insert.execute();
    }

    private record Head(UUID id, String code, String name) {
    }

    @Override
    public List<EmptiesStock> stock() {
        var quantity = DSL.sum(EMPTIES_MOVEMENT.QUANTITY).cast(Long.class);
        // the latest code and name a type was booked under
        var code = DSL.field("(array_agg({0} order by {1} desc))[1]", String.class, EMPTIES_MOVEMENT.CODE, EMPTIES_MOVEMENT.ID);
        var name = DSL.field("(array_agg({0} order by {1} desc))[1]", String.class, EMPTIES_MOVEMENT.NAME, EMPTIES_MOVEMENT.ID);
        var rows = dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, EMPTIES_MOVEMENT.CONTAINER_TYPE_ID, code, name,
                        quantity)
                .from(EMPTIES_MOVEMENT).join(WAREHOUSE).on(WAREHOUSE.ID.eq(EMPTIES_MOVEMENT.WAREHOUSE_ID))
                .groupBy(WAREHOUSE.ID, EMPTIES_MOVEMENT.CONTAINER_TYPE_ID)
                .having(DSL.sum(EMPTIES_MOVEMENT.QUANTITY).ne(BigDecimal.ZERO))
                .orderBy(WAREHOUSE.IS_DEFAULT.desc(), WAREHOUSE.CODE, code)
                .fetch();
        var byWarehouse = rows.stream().collect(Collectors.groupingBy(
                row -> new Head(row.get(WAREHOUSE.ID), row.get(WAREHOUSE.CODE), row.get(WAREHOUSE.NAME)),
                LinkedHashMap::new, Collectors.mapping(row -> new EmptiesCount(row.get(EMPTIES_MOVEMENT.CONTAINER_TYPE_ID),
                        row.get(code), row.get(name), row.get(quantity)), Collectors.toList())));
        return byWarehouse.entrySet().stream().map(entry -> new EmptiesStock(entry.getKey().id(), entry.getKey().code(),
                entry.getKey().name(), entry.getValue())).toList();
    }
}
