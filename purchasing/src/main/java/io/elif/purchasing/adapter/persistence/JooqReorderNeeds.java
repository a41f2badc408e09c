package io.elif.purchasing.adapter.persistence;

import io.elif.purchasing.application.ReorderNeeds;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.List;

import static io.elif.purchasing.adapter.persistence.jooq.Tables.REORDER_NEED;

@Repository
class JooqReorderNeeds implements ReorderNeeds {

    private final DSLContext dsl;

    JooqReorderNeeds(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An upsert: a repeated or newer event refreshes the row. */
    @Override
    public void raise(Need need) {
        var raisedAt = need.raisedAt().atOffset(ZoneOffset.UTC);
        dsl.insertInto(REORDER_NEED)
                .set(REORDER_NEED.PRODUCT_ID, need.productId())
                .set(REORDER_NEED.SKU, need.sku())
                .set(REORDER_NEED.MINIMUM_STOCK, need.minimumStock())
                .set(REORDER_NEED.MAXIMUM_STOCK, need.maximumStock())
                .set(REORDER_NEED.RAISED_AT, raisedAt)
                .onConflict(REORDER_NEED.PRODUCT_ID)
                .doUpdate()
                .set(REORDER_NEED.SKU, need.sku())
                .set(REORDER_NEED.MINIMUM_STOCK, need.minimumStock())
                .set(REORDER_NEED.MAXIMUM_STOCK, need.maximumStock())
                .set(REORDER_NEED.RAISED_AT, raisedAt)
                .execute();
    }

    @Override
    public List<Need> all() {
        return dsl.selectFrom(REORDER_NEED).orderBy(REORDER_NEED.SKU).fetch(row -> new Need(row.getProductId(), row.getSku(),
                row.getMinimumStock(), row.getMaximumStock(), row.getRaisedAt().toInstant()));
    }
}
