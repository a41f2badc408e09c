package io.elif.inventory.adapter.persistence;

import io.elif.inventory.StockLevel;
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
        long onHand = dsl.insertInto(STOCK_RECORD)
                .set(STOCK_RECORD.PRODUCT_ID, receipt.productId())
                .set(STOCK_RECORD.ON_HAND, receipt.quantity())
                .onConflict(STOCK_RECORD.PRODUCT_ID)
                .doUpdate().set(STOCK_RECORD.ON_HAND, STOCK_RECORD.ON_HAND.plus(receipt.quantity()))
                .returning(STOCK_RECORD.ON_HAND)
                .fetchSingle(STOCK_RECORD.ON_HAND);
        dsl.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.PRODUCT_ID, receipt.productId())
                .set(STOCK_MOVEMENT.QUANTITY, receipt.quantity())
                .set(STOCK_MOVEMENT.KIND, RECEIPT)
                .set(STOCK_MOVEMENT.REFERENCE, receipt.reference())
                .execute();
        return new StockLevel(receipt.productId(), onHand);
    }

    @Override
    public Optional<StockLevel> level(UUID productId) {
        return dsl.select(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND).from(STOCK_RECORD)
                .where(STOCK_RECORD.PRODUCT_ID.eq(productId))
                .fetchOptional(row -> new StockLevel(row.value1(), row.value2()));
    }

    @Override
    public List<StockLevel> levels(Collection<UUID> productIds) {
        return dsl.select(STOCK_RECORD.PRODUCT_ID, STOCK_RECORD.ON_HAND).from(STOCK_RECORD)
                .where(STOCK_RECORD.PRODUCT_ID.in(productIds))
                .fetch(row -> new StockLevel(row.value1(), row.value2()));
    }
}
