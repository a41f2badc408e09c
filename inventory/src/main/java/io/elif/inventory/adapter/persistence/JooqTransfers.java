package io.elif.inventory.adapter.persistence;

import io.elif.inventory.domain.Transfer;
import io.elif.inventory.adapter.persistence.jooq.tables.Location;
import io.elif.inventory.adapter.persistence.jooq.tables.Warehouse;
import io.elif.inventory.application.Transfers;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.inventory.adapter.persistence.jooq.Tables.LOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;
import static io.elif.inventory.adapter.persistence.jooq.Tables.TRANSFER;
import static io.elif.inventory.adapter.persistence.jooq.Tables.TRANSFER_LINE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.WAREHOUSE;

@Repository
class JooqTransfers implements Transfers {

    private static final Location FROM = LOCATION.as("from_location");
    private static final Location TO = LOCATION.as("to_location");
    private static final Warehouse FROM_WAREHOUSE = WAREHOUSE.as("from_warehouse");
    private static final Warehouse TO_WAREHOUSE = WAREHOUSE.as("to_warehouse");

    private final DSLContext dsl;

    JooqTransfers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Transfer transfer) {
        dsl.insertInto(TRANSFER)
                .set(TRANSFER.ID, transfer.id())
                .set(TRANSFER.NUMBER, transfer.number())
                .set(TRANSFER.STATE, transfer.state().name())
                .set(TRANSFER.FROM_LOCATION_ID, transfer.fromLocationId())
                .set(TRANSFER.TO_LOCATION_ID, transfer.toLocationId())
                .set(TRANSFER.NOTE, transfer.note())
                .set(TRANSFER.CREATED_AT, transfer.createdAt().atOffset(ZoneOffset.UTC))
                .set(TRANSFER.CREATED_BY, transfer.createdBy())
                .execute();
        var insert = dsl.insertInto(TRANSFER_LINE, TRANSFER_LINE.TRANSFER_ID, TRANSFER_LINE.LINE_NO, TRANSFER_LINE.PRODUCT_ID,
                TRANSFER_LINE.LOT, TRANSFER_LINE.BEST_BEFORE, TRANSFER_LINE.QUANTITY);
        for (int i = 0; i < transfer.lines().size(); i++) {
            var line = transfer.lines().get(i);
            insert = insert.values(transfer.id(), i + 1, line.productId(), line.lot(), line.bestBefore(), line.quantity());
        }
        insert.execute();
    }

    @Override
    public Optional<Transfer> lock(UUID id) {
        dsl.selectOne().from(TRANSFER).where(TRANSFER.ID.eq(id)).forUpdate().execute();
        return byId(id);
    }

    @Override
    public void changed(Transfer transfer) {
        dsl.update(TRANSFER)
                .set(TRANSFER.STATE, transfer.state().name())
                .set(TRANSFER.RECEIVED_AT, transfer.receivedAt() == null ? null : transfer.receivedAt().atOffset(ZoneOffset.UTC))
                .set(TRANSFER.RECEIVED_BY, transfer.receivedBy())
                .where(TRANSFER.ID.eq(transfer.id()))
                .execute();
    }

    @Override
    public Optional<Transfer> byId(UUID id) {
        return find(TRANSFER.ID.eq(id), 1).stream().findFirst();
    }

    @Override
    public List<Transfer> list(Transfer.State state, int limit) {
        return find(state == null ? DSL.noCondition() : TRANSFER.STATE.eq(state.name()), limit);
    }

    /** Two queries: the transfers, then all their lines with the products' names. */
    private List<Transfer> find(Condition condition, int limit) {
        var headers = dsl.select(TRANSFER.asterisk(), FROM.CODE, FROM_WAREHOUSE.CODE, TO.CODE, TO_WAREHOUSE.CODE)
                .from(TRANSFER)
                .join(FROM).on(FROM.ID.eq(TRANSFER.FROM_LOCATION_ID)).join(FROM_WAREHOUSE).on(FROM_WAREHOUSE.ID.eq(FROM.WAREHOUSE_ID))
                .join(TO).on(TO.ID.eq(TRANSFER.TO_LOCATION_ID)).join(TO_WAREHOUSE).on(TO_WAREHOUSE.ID.eq(TO.WAREHOUSE_ID))
                .where(condition)
                .orderBy(TRANSFER.CREATED_AT.desc(), TRANSFER.NUMBER.desc())
                .limit(limit)
                .fetch();
        var ids = headers.map(row -> row.get(TRANSFER.ID));
        var lines = dsl.select(TRANSFER_LINE.TRANSFER_ID, TRANSFER_LINE.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.NAME,
                        TRANSFER_LINE.LOT, TRANSFER_LINE.BEST_BEFORE, TRANSFER_LINE.QUANTITY)
                .from(TRANSFER_LINE).leftJoin(STOCK_CARD).on(STOCK_CARD.PRODUCT_ID.eq(TRANSFER_LINE.PRODUCT_ID))
                .where(TRANSFER_LINE.TRANSFER_ID.in(ids))
                .orderBy(TRANSFER_LINE.TRANSFER_ID, TRANSFER_LINE.LINE_NO)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.value1(), Collectors.mapping(row -> new Transfer.Line(row.value2(),
                        row.value3(), row.value4(), row.value5(), row.value6(), row.value7()), Collectors.toList())));
        return headers.map(row -> new Transfer(row.get(TRANSFER.ID), row.get(TRANSFER.NUMBER),
                Transfer.State.valueOf(row.get(TRANSFER.STATE)), row.get(FROM_WAREHOUSE.CODE), row.get(TRANSFER.FROM_LOCATION_ID),
                row.get(FROM.CODE), row.get(TO_WAREHOUSE.CODE), row.get(TRANSFER.TO_LOCATION_ID), row.get(TO.CODE),
                row.get(TRANSFER.NOTE), row.get(TRANSFER.CREATED_AT).toInstant(), row.get(TRANSFER.CREATED_BY),
                row.get(TRANSFER.RECEIVED_AT) == null ? null : row.get(TRANSFER.RECEIVED_AT).toInstant(),
                row.get(TRANSFER.RECEIVED_BY), lines.getOrDefault(row.get(TRANSFER.ID), List.of())));
    }
}
