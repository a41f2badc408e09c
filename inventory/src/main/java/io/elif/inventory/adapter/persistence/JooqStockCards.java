package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.StockCards;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_RECORD;

@Repository
class JooqStockCards implements StockCards {

    private final DSLContext dsl;

    JooqStockCards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void describe(Facts facts) {
        dsl.insertInto(STOCK_RECORD)
                .set(STOCK_RECORD.PRODUCT_ID, facts.productId())
                .set(STOCK_RECORD.SKU, facts.sku())
                .set(STOCK_RECORD.NAME, facts.name())
                .set(STOCK_RECORD.BASE_UNIT, facts.baseUnit())
                .set(STOCK_RECORD.CATEGORY_ID, facts.categoryId())
                .set(STOCK_RECORD.ACTIVE, facts.active())
                .set(STOCK_RECORD.MINIMUM_STOCK, facts.minimumStock())
                .set(STOCK_RECORD.MAXIMUM_STOCK, facts.maximumStock())
                .onConflict(STOCK_RECORD.PRODUCT_ID)
                .doUpdate()
                .set(STOCK_RECORD.SKU, facts.sku())
                .set(STOCK_RECORD.NAME, facts.name())
                .set(STOCK_RECORD.BASE_UNIT, facts.baseUnit())
                .set(STOCK_RECORD.CATEGORY_ID, facts.categoryId())
                .set(STOCK_RECORD.ACTIVE, facts.active())
                .set(STOCK_RECORD.MINIMUM_STOCK, facts.minimumStock())
                .set(STOCK_RECORD.MAXIMUM_STOCK, facts.maximumStock())
                .execute();
    }

    @Override
    public void deactivate(UUID productId) {
        dsl.update(STOCK_RECORD).set(STOCK_RECORD.ACTIVE, false).where(STOCK_RECORD.PRODUCT_ID.eq(productId)).execute();
    }
}
