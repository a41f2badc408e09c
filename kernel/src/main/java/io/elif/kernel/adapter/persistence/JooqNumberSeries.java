package io.elif.kernel.adapter.persistence;

import io.elif.kernel.NumberSeries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * Every module's counters in one table, {@code kernel.number_series}, whose series names are unique across modules
 * ({@code sale-2026}, {@code purchase-order-2026}). One statement: insert ... on conflict do update ... returning,
 * whose row lock holds until the caller's transaction ends.
 */
@Repository
class JooqNumberSeries implements NumberSeries {

    private static final Table<?> NUMBER_SERIES = table(name("kernel", "number_series"));
    private static final Field<String> SERIES = field(name("series"), String.class);
    private static final Field<Long> LAST_NUMBER = field(name("last_number"), Long.class);

    private final DSLContext dsl;

    JooqNumberSeries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long next(String series) {
        return dsl.insertInto(NUMBER_SERIES)
                .set(SERIES, series)
                .set(LAST_NUMBER, 1L)
                .onConflict(SERIES)
                .doUpdate().set(LAST_NUMBER, field(name("number_series", "last_number"), Long.class).plus(1))
                .returning(LAST_NUMBER)
                .fetchSingle(LAST_NUMBER);
    }
}
