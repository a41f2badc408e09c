package io.elif.sales.adapter.persistence;

import io.elif.sales.application.NumberSeries;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import static io.elif.sales.adapter.persistence.jooq.Tables.NUMBER_SERIES;

/** One statement: insert ... on conflict do update ... returning, whose row lock holds until the transaction ends. */
@Repository
class JooqNumberSeries implements NumberSeries {

    private final DSLContext dsl;

    JooqNumberSeries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long next(String series) {
        return dsl.insertInto(NUMBER_SERIES)
                .set(NUMBER_SERIES.SERIES, series)
                .set(NUMBER_SERIES.LAST_NUMBER, 1L)
                .onConflict(NUMBER_SERIES.SERIES)
                .doUpdate().set(NUMBER_SERIES.LAST_NUMBER, NUMBER_SERIES.LAST_NUMBER.plus(1))
                .returning(NUMBER_SERIES.LAST_NUMBER)
                .fetchSingle(NUMBER_SERIES.LAST_NUMBER);
    }
}
