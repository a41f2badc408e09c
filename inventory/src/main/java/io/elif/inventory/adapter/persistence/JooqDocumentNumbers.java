package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.DocumentNumbers;
import io.elif.kernel.DocumentSeries;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import static io.elif.inventory.adapter.persistence.jooq.Tables.DOCUMENT_COUNTER;

/** One counter row per kind and year: the upsert's row lock hands out each number once, in order, without gaps. */
@Repository
class JooqDocumentNumbers implements DocumentNumbers {

    private final DSLContext dsl;

    JooqDocumentNumbers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String next(String prefix, int year) {
        var number = dsl.insertInto(DOCUMENT_COUNTER)
                .set(DOCUMENT_COUNTER.KIND, prefix)
                .set(DOCUMENT_COUNTER.YEAR, year)
                .set(DOCUMENT_COUNTER.LAST, 1L)
                .onConflict(DOCUMENT_COUNTER.KIND, DOCUMENT_COUNTER.YEAR)
                .doUpdate().set(DOCUMENT_COUNTER.LAST, DOCUMENT_COUNTER.LAST.plus(1))
                .returning(DOCUMENT_COUNTER.LAST)
                .fetchSingle(DOCUMENT_COUNTER.LAST);
        return new DocumentSeries(prefix, prefix).number(year, number);
    }
}
