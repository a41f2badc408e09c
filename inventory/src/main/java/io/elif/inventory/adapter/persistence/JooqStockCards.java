package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.StockCards;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
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
        var described = new HashMap<Field<?>, Object>();
        described.put(STOCK_RECORD.SKU, facts.sku());
        described.put(STOCK_RECORD.NAME, facts.name());
        described.put(STOCK_RECORD.CATEGORY_ID, facts.categoryId());
        described.put(STOCK_RECORD.ACTIVE, facts.active());
        described.put(STOCK_RECORD.MINIMUM_STOCK, facts.minimumStock());
        described.put(STOCK_RECORD.MAXIMUM_STOCK, facts.maximumStock());
        dsl.insertInto(STOCK_RECORD)
                .set(STOCK_RECORD.PRODUCT_ID, facts.productId())
                .set(described)
                .onConflict(STOCK_RECORD.PRODUCT_ID)
                .doUpdate()
                .set(described)
                .execute();
    }

    @Override
    public void deactivate(UUID productId) {
        dsl.update(STOCK_RECORD).set(STOCK_RECORD.ACTIVE, false).where(STOCK_RECORD.PRODUCT_ID.eq(productId)).execute();
    }
}
