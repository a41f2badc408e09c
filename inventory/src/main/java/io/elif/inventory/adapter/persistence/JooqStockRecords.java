package io.elif.inventory.adapter.persistence;

import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockLevel;
import io.elif.inventory.StockMovement;
import io.elif.inventory.application.StockRecords;
import io.elif.inventory.domain.StockReceipt;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_MOVEMENT;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_RECORD;

@Repository
class JooqStockRecords implements StockRecords {

    static final String RECEIPT = "RECEIPT";
    static final String ISSUE = "ISSUE";
    static final String ADJUSTMENT = "ADJUSTMENT";

    private final DSLContext dsl;

    JooqStockRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void open(UUID productId) {
        dsl.insertInto(STOCK_RECORD).set(STOCK_RECORD.PRODUCT_ID, productId).onConflictDoNothing().execute();
    }

    /** The record is upserted so that a receipt may arrive before the catalog's event. */
    @Override
    public StockLevel book(StockReceipt receipt) {
        var level = dsl.insertInto(STOCK_RECORD)
                .set(STOCK_RECORD.PRODUCT_ID, receipt.productId())
                .set(STOCK_RECORD.ON_HAND, receipt.quantity())
                .onConflict(STOCK_RECORD.PRODUCT_ID)
                .doUpdate().set(STOCK_RECORD.ON_HAND, STOCK_RECORD.ON_HAND.plus(receipt.quantity()))
                .returning(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND, STOCK_RECORD.RESERVED)
                .fetchSingle(row -> new StockLevel(row.getProductId(), row.getOnHand(), row.getReserved()));
        move(receipt.productId(), receipt.quantity(), RECEIPT, receipt.reference());
        return level;
    }

    /** One guarded update: it changes the row only while the available quantity covers the request. */
    @Override
    public boolean reserve(UUID productId, long quantity) {
        return dsl.update(STOCK_RECORD)
                .set(STOCK_RECORD.RESERVED, STOCK_RECORD.RESERVED.plus(quantity))
                .where(STOCK_RECORD.PRODUCT_ID.eq(productId),
                        STOCK_RECORD.ON_HAND.minus(STOCK_RECORD.RESERVED).ge(quantity))
                .execute() == 1;
    }

    @Override
    public void unreserve(UUID productId, long quantity) {
        dsl.update(STOCK_RECORD)
                .set(STOCK_RECORD.RESERVED, STOCK_RECORD.RESERVED.minus(quantity))
                .where(STOCK_RECORD.PRODUCT_ID.eq(productId))
                .execute();
    }

    @Override
    public void issueReserved(UUID productId, long quantity, String reference) {
        dsl.update(STOCK_RECORD)
                .set(STOCK_RECORD.RESERVED, STOCK_RECORD.RESERVED.minus(quantity))
                .set(STOCK_RECORD.ON_HAND, STOCK_RECORD.ON_HAND.minus(quantity))
                .where(STOCK_RECORD.PRODUCT_ID.eq(productId))
                .execute();
        move(productId, -quantity, ISSUE, reference);
    }

    /** One pass over the stock records against the sums of their movements and open reservations. */
    @Override
    public List<LedgerDiscrepancy> discrepancies() {
        return dsl.resultQuery("""
                        select s.product_id, s.on_hand, coalesce(m.total, 0), s.reserved, coalesce(r.total, 0)
                        from inventory.stock_record s
                        left join (select product_id, sum(quantity) total from inventory.stock_movement group by product_id) m
                            on m.product_id = s.product_id
                        left join (select product_id, sum(quantity) total from inventory.reservation
                                   where state = 'OPEN' group by product_id) r
                            on r.product_id = s.product_id
                        where s.on_hand <> coalesce(m.total, 0) or s.reserved <> coalesce(r.total, 0)
                        order by s.product_id
                        """)
                .fetch(row -> new LedgerDiscrepancy(row.get(0, UUID.class), row.get(1, Long.class), row.get(2, Long.class),
                        row.get(3, Long.class), row.get(4, Long.class)));
    }

    /** Guarded like a reservation: the row changes only while what stays covers the reserved stock. */
    @Override
    public Optional<StockLevel> adjust(StockAdjustment adjustment) {
        var level = dsl.update(STOCK_RECORD)
                .set(STOCK_RECORD.ON_HAND, STOCK_RECORD.ON_HAND.plus(adjustment.quantity()))
                .where(STOCK_RECORD.PRODUCT_ID.eq(adjustment.productId()),
                        STOCK_RECORD.ON_HAND.plus(adjustment.quantity()).ge(STOCK_RECORD.RESERVED))
                .returning(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND, STOCK_RECORD.RESERVED)
                .fetchOptional(row -> new StockLevel(row.getProductId(), row.getOnHand(), row.getReserved()));
        level.ifPresent(changed -> dsl.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.PRODUCT_ID, adjustment.productId())
                .set(STOCK_MOVEMENT.QUANTITY, adjustment.quantity())
                .set(STOCK_MOVEMENT.KIND, ADJUSTMENT)
                .set(STOCK_MOVEMENT.REFERENCE, adjustment.note() == null || adjustment.note().isBlank() ? "-" : adjustment.note())
                .set(STOCK_MOVEMENT.REASON, adjustment.reason().name())
                .set(STOCK_MOVEMENT.ACTOR, adjustment.actor())
                .execute());
        return level;
    }

    @Override
    public List<StockMovement> movements(UUID productId, int limit) {
        return dsl.selectFrom(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                .orderBy(STOCK_MOVEMENT.ID.desc())
                .limit(limit)
                .fetch(row -> new StockMovement(row.getId(), row.getOccurredAt().toInstant(), row.getKind(), row.getQuantity(),
                        row.getReference(), row.getReason(), row.getActor()));
    }

    private void move(UUID productId, long quantity, String kind, String reference) {
        dsl.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.PRODUCT_ID, productId)
                .set(STOCK_MOVEMENT.QUANTITY, quantity)
                .set(STOCK_MOVEMENT.KIND, kind)
                .set(STOCK_MOVEMENT.REFERENCE, reference)
                .execute();
    }

    @Override
    public Optional<StockLevel> level(UUID productId) {
        return dsl.select(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND, STOCK_RECORD.RESERVED).from(STOCK_RECORD)
                .where(STOCK_RECORD.PRODUCT_ID.eq(productId))
                .fetchOptional(row -> new StockLevel(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public List<StockLevel> levels(Collection<UUID> productIds) {
        return dsl.select(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND, STOCK_RECORD.RESERVED).from(STOCK_RECORD)
                .where(STOCK_RECORD.PRODUCT_ID.in(productIds))
                .fetch(row -> new StockLevel(row.value1(), row.value2(), row.value3()));
    }
}
