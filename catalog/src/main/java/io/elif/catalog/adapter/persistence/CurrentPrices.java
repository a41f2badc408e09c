package io.elif.catalog.adapter.persistence;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.elif.catalog.adapter.persistence.jooq.Tables.PRICE;

/**
 * The one rule for the price that holds on a day, written once for every query that shows a price: per product,
 * pack (none for the base unit) and level, the price with the latest valid-from on or before the day; of several
 * valid from the same day, the one recorded last; of those recorded at the same instant, the one stored last.
 * Prices are append-only rows, so the rule is a choice among them, made where they are.
 */
final class CurrentPrices {

    /** Newest first, as the rule ranks prices; a price history lists them in the same order. */
    static final List<SortField<?>> LATEST_FIRST = List.of(PRICE.VALID_FROM.desc(), PRICE.RECORDED_AT.desc(),
            PRICE.ID.desc());

    final Table<?> table;
    final Field<UUID> productId;
    final Field<UUID> packId;
    final Field<String> level;
    final Field<BigDecimal> amount;

    private CurrentPrices(Table<?> table) {
        this.table = table;
        this.productId = table.field(PRICE.PRODUCT_ID);
        this.packId = table.field(PRICE.PACK_ID);
        this.level = table.field(PRICE.LEVEL);
        this.amount = table.field(PRICE.AMOUNT);
    }

    /** The prices that hold on the date, one per product, pack and level, among those the condition selects. */
    static CurrentPrices on(LocalDate date, Condition which) {
        var latestFirst = new ArrayList<SortField<?>>(List.of(PRICE.PRODUCT_ID.asc(), PRICE.PACK_ID.asc(),
                PRICE.LEVEL.asc()));
        latestFirst.addAll(LATEST_FIRST);
        return new CurrentPrices(DSL.selectDistinct(PRICE.PRODUCT_ID, PRICE.PACK_ID, PRICE.LEVEL, PRICE.AMOUNT)
                .on(PRICE.PRODUCT_ID, PRICE.PACK_ID, PRICE.LEVEL)
                .from(PRICE)
                .where(PRICE.VALID_FROM.le(date), which)
                .orderBy(latestFirst)
                .asTable("current_price"));
    }
}
