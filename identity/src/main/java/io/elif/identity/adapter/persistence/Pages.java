package io.elif.identity.adapter.persistence;

import io.elif.identity.application.Page;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** One page of a table in one query: the total comes from a window function over the same filter. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> fetch(DSLContext dsl, Table<?> table, Condition filter, SortField<?> order, int page, int size,
                             RecordMapper<Record, T> mapper) {
        var total = DSL.count().over().as("total");
        var rows = dsl.select(table.fields()).select(total)
                .from(table).where(filter)
                .orderBy(order)
                .limit(size).offset((long) page * size)
                .fetch();
        long totalItems = rows.isEmpty() ? dsl.fetchCount(table, filter) : rows.getFirst().get(total);
        return new Page<>(rows.map(mapper), page, size, totalItems);
    }
}
