package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.StockCards;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;

@Repository
class JooqStockCards implements StockCards {

    private final DSLContext dsl;

    JooqStockCards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void describe(Facts facts) {
        var described = new HashMap<Field<?>, Object>();
        described.put(STOCK_CARD.SKU, facts.sku());
        described.put(STOCK_CARD.NAME, facts.name());
        described.put(STOCK_CARD.CATEGORY_ID, facts.categoryId());
        described.put(STOCK_CARD.ACTIVE, facts.active());
        described.put(STOCK_CARD.MINIMUM_STOCK, facts.minimumStock());
        described.put(STOCK_CARD.MAXIMUM_STOCK, facts.maximumStock());
        dsl.insertInto(STOCK_CARD)
                .set(STOCK_CARD.PRODUCT_ID, facts.productId())
                .set(described)
                .onConflict(STOCK_CARD.PRODUCT_ID)
                .doUpdate()
                .set(described)
                .execute();
    }

    @Override
    public void deactivate(UUID productId) {
        dsl.update(STOCK_CARD).set(STOCK_CARD.ACTIVE, false).where(STOCK_CARD.PRODUCT_ID.eq(productId)).execute();
    }
}
