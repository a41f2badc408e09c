package io.elif.reporting.adapter.persistence;

import io.elif.reporting.application.CustomerContainers;
import io.elif.reporting.application.CustomerDebt;
import io.elif.reporting.application.PaymentTotal;
import io.elif.reporting.application.ReportRow;
import io.elif.reporting.application.SalesFigures;
import io.elif.reporting.application.TopProduct;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.Grouping;
import io.elif.reporting.domain.ReportQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.elif.reporting.adapter.persistence.jooq.Tables.CONTAINER_CHANGE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DAILY_PAYMENTS;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DAILY_SALES;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DEBT_CHANGE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DEBT_SALE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.PRODUCT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

/**
 * The rollups read: several ranges at once are a VALUES table joined to the daily rows, so a dashboard's six ranges
 * are one statement over the primary key (dimension, day, key).
 */
@Repository
class JooqSalesFigures implements SalesFigures {

    private static final Field<BigDecimal> QUANTITY = coalesce(sum(DAILY_SALES.QUANTITY), BigDecimal.ZERO);
    private static final Field<BigDecimal> REVENUE = coalesce(sum(DAILY_SALES.REVENUE), BigDecimal.ZERO);
    private static final Field<BigDecimal> TAX = coalesce(sum(DAILY_SALES.TAX), BigDecimal.ZERO);
    private static final Field<BigDecimal> COST = coalesce(sum(DAILY_SALES.COST), BigDecimal.ZERO);
    private static final Field<BigDecimal> SALES_COUNT = coalesce(sum(DAILY_SALES.SALES_COUNT), BigDecimal.ZERO);

    /** Rows read from the database at a time by a report's cursor. */
    private static final int REPORT_FETCH_SIZE = 500;

    private final DSLContext dsl;

    JooqSalesFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, Figures> totals(Map<String, DateRange> ranges) {
        var range = rangesTable(ranges);
        var name = range.field("name", String.class);
        var result = new HashMap<String, Figures>();
        dsl.select(name, QUANTITY, REVENUE, TAX, COST, SALES_COUNT)
                .from(range)
                .leftJoin(DAILY_SALES).on(DAILY_SALES.DIMENSION.eq(Dimension.TOTAL.name()),
                        DAILY_SALES.DAY.between(range.field("from_day", LocalDate.class),
                                range.field("to_day", LocalDate.class)))
                .groupBy(name)
                .forEach(row -> result.put(row.get(name), figures(row)));
        return result;
    }

    @Override
    public Map<String, BigDecimal> paymentsReceived(Map<String, DateRange> ranges) {
        var range = rangesTable(ranges);
        var name = range.field("name", String.class);
        var amount = coalesce(sum(DAILY_PAYMENTS.AMOUNT), BigDecimal.ZERO);
        var result = new HashMap<String, BigDecimal>();
        dsl.select(name, amount)
                .from(range)
                .leftJoin(DAILY_PAYMENTS).on(DAILY_PAYMENTS.DAY.between(range.field("from_day", LocalDate.class),
                        range.field("to_day", LocalDate.class)))
                .groupBy(name)
                .forEach(row -> result.put(row.get(name), row.get(amount)));
        return result;
    }

    @Override
    public BigDecimal owed(LocalDate day) {
        return dsl.select(coalesce(sum(DAILY_SALES.OWED_CHANGE), BigDecimal.ZERO))
                .from(DAILY_SALES)
                .where(DAILY_SALES.DIMENSION.eq(Dimension.TOTAL.name()), DAILY_SALES.DAY.le(day))
                .fetchSingle().value1();
    }

    @Override
    public Map<String, List<TopProduct>> topProducts(Map<String, DateRange> ranges, int limit) {
        var range = rangesTable(ranges);
        var name = range.field("name", String.class);
        var rank = DSL.rowNumber().over(DSL.partitionBy(name).orderBy(REVENUE.desc(), DAILY_SALES.KEY));
        var ranked = dsl.select(name, DAILY_SALES.KEY, QUANTITY.as("quantity"), REVENUE.as("revenue"),
                        TAX.as("tax"), COST.as("cost"), SALES_COUNT.as("sales_count"), rank.as("rank"))
                .from(range)
                .join(DAILY_SALES).on(DAILY_SALES.DIMENSION.eq(Dimension.PRODUCT.name()),
                        DAILY_SALES.DAY.between(range.field("from_day", LocalDate.class),
                                range.field("to_day", LocalDate.class)))
                .groupBy(name, DAILY_SALES.KEY)
                .asTable("ranked");
        var rankedName = ranked.field(name);
        var key = ranked.field(DAILY_SALES.KEY);
        var result = new LinkedHashMap<String, List<TopProduct>>();
        dsl.select(rankedName, key, ranked.field("quantity", BigDecimal.class), ranked.field("revenue", BigDecimal.class),
                        ranked.field("tax", BigDecimal.class), ranked.field("cost", BigDecimal.class),
                        ranked.field("sales_count", BigDecimal.class), PRODUCT.SKU, PRODUCT.NAME)
                .from(ranked)
                .leftJoin(PRODUCT).on(PRODUCT.PRODUCT_ID.eq(key.cast(UUID.class)))
                .where(ranked.field("rank", Integer.class).le(limit))
                .orderBy(rankedName, ranked.field("rank", Integer.class))
                .forEach(row -> result.computeIfAbsent(row.get(rankedName), ignored -> new ArrayList<>())
                        .add(new TopProduct(UUID.fromString(row.get(key)), row.get(PRODUCT.SKU), row.get(PRODUCT.NAME),
                                new Figures(row.get(2, BigDecimal.class).longValueExact(), row.get(3, BigDecimal.class),
                                        row.get(4, BigDecimal.class), row.get(5, BigDecimal.class),
                                        row.get(6, BigDecimal.class).intValueExact()))));
        return result;
    }

    @Override
    public Figures of(Dimension dimension, String key, DateRange range) {
        return figures(dsl.select(QUANTITY, REVENUE, TAX, COST, SALES_COUNT)
                .from(DAILY_SALES)
                .where(DAILY_SALES.DIMENSION.eq(dimension.name()), DAILY_SALES.KEY.eq(key),
                        DAILY_SALES.DAY.between(range.from(), range.to()))
                .fetchSingle());
    }

    @Override
    public void report(ReportQuery query, Consumer<ReportRow> rows) {
        var grouping = query.groupBy();
        Field<String> key = switch (grouping) {
            case DAY -> DAILY_SALES.DAY.cast(String.class);
            case WEEK -> DSL.field("date_trunc('week', {0})::date", LocalDate.class, DAILY_SALES.DAY).cast(String.class);
            case MONTH -> DSL.field("date_trunc('month', {0})::date", LocalDate.class, DAILY_SALES.DAY).cast(String.class);
            default -> DAILY_SALES.KEY;
        };
        key = key.as("row_key");
        Field<String> label = switch (grouping) {
            case PRODUCT -> DSL.max(PRODUCT.SKU.concat(DSL.val(" ")).concat(PRODUCT.NAME));
            case CLERK -> DSL.max(DAILY_SALES.KEY);
            default -> DSL.inline((String) null, String.class);
        };
        label = label.as("row_label");
        Condition keyCondition = query.rowsKey() == null ? DSL.noCondition() : DAILY_SALES.KEY.eq(query.rowsKey());
        var grossProfit = REVENUE.minus(COST);
        var order = switch (query.sort()) {
            case KEY -> (Field<?>) DSL.field(DSL.name("row_key"));
            case QUANTITY -> QUANTITY;
            case REVENUE -> REVENUE;
            case TAX -> TAX;
            case COST -> COST;
            case GROSS_PROFIT -> grossProfit;
            case MARGIN -> grossProfit.div(DSL.nullif(REVENUE, BigDecimal.ZERO));
            case SALES_COUNT -> SALES_COUNT;
        };
        var sorted = query.descending() ? order.desc().nullsLast() : order.asc().nullsLast();
        var from = grouping == Grouping.PRODUCT
                ? DAILY_SALES.leftJoin(PRODUCT).on(PRODUCT.PRODUCT_ID.cast(String.class).eq(DAILY_SALES.KEY))
                : DAILY_SALES;
        try (var cursor = dsl.select(key, label, QUANTITY, REVENUE, TAX, COST, SALES_COUNT)
                .from(from)
                .where(DAILY_SALES.DIMENSION.eq(query.rows().name()), keyCondition,
                        DAILY_SALES.DAY.between(query.range().from(), query.range().to()))
                .groupBy(DSL.field(DSL.name("row_key")))
                .orderBy(sorted, DSL.field(DSL.name("row_key")).asc())
                .fetchSize(REPORT_FETCH_SIZE)
                .fetchLazy()) {
            for (var row : cursor) {
                rows.accept(new ReportRow(row.get(key), row.get(label), figures(row)));
            }
        }
    }

    @Override
    public void debts(LocalDate asOf, Consumer<CustomerDebt> rows) {
        var day = DSL.val(asOf);
        var bySale = DSL.select(DEBT_CHANGE.CUSTOMER_ID, DEBT_CHANGE.SALE_ID, sum(DEBT_CHANGE.AMOUNT).as("owed"))
                .from(DEBT_CHANGE)
                .where(DEBT_CHANGE.DAY.le(asOf))
                .groupBy(DEBT_CHANGE.CUSTOMER_ID, DEBT_CHANGE.SALE_ID)
                .asTable("by_sale");
        var customer = bySale.field(DEBT_CHANGE.CUSTOMER_ID);
        var sale = bySale.field(DEBT_CHANGE.SALE_ID);
        var owed = bySale.field("owed", BigDecimal.class);
        // days past the due date: a sale whose completion has not arrived yet counts as not yet due
        Field<Integer> late = DSL.field("{0} - {1}", Integer.class, day, coalesce(DEBT_SALE.DUE_DATE, day));
        var current = aged(sale, owed, late.le(0));
        var days1To30 = aged(sale, owed, late.between(1, 30));
        var days31To60 = aged(sale, owed, late.between(31, 60));
        var days61To90 = aged(sale, owed, late.between(61, 90));
        var over90 = aged(sale, owed, late.gt(90));
        var unallocated = coalesce(sum(DSL.when(sale.isNull(), owed).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO);
        var total = coalesce(sum(owed), BigDecimal.ZERO);
        var open = DSL.count().filterWhere(sale.isNotNull().and(owed.ne(BigDecimal.ZERO)));
        try (var cursor = dsl.select(customer, current, days1To30, days31To60, days61To90, over90, unallocated, total,
                        open)
                .from(bySale)
                .leftJoin(DEBT_SALE).on(DEBT_SALE.SALE_ID.eq(sale))
                .groupBy(customer)
                .having(DSL.boolOr(owed.ne(BigDecimal.ZERO)))
                .orderBy(total.desc(), customer)
                .fetchSize(REPORT_FETCH_SIZE)
                .fetchLazy()) {
            for (var row : cursor) {
                rows.accept(new CustomerDebt(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9()));
            }
        }
    }

    @Override
    public void containers(LocalDate asOf, Consumer<CustomerContainers> rows) {
        var consigned = sum(CONTAINER_CHANGE.CONSIGNED);
        var due = sum(CONTAINER_CHANGE.DUE);
        var deposits = sum(CONTAINER_CHANGE.DEPOSITS);
        var code = DSL.max(CONTAINER_CHANGE.CODE);
        try (var cursor = dsl.select(CONTAINER_CHANGE.CUSTOMER_ID, CONTAINER_CHANGE.CONTAINER_TYPE_ID, code, consigned,
                        due, deposits)
                .from(CONTAINER_CHANGE)
                .where(CONTAINER_CHANGE.DAY.le(asOf))
                .groupBy(CONTAINER_CHANGE.CUSTOMER_ID, CONTAINER_CHANGE.CONTAINER_TYPE_ID)
                .having(consigned.ne(BigDecimal.ZERO).or(due.ne(BigDecimal.ZERO)).or(deposits.ne(BigDecimal.ZERO)))
                .orderBy(CONTAINER_CHANGE.CUSTOMER_ID, code)
                .fetchSize(REPORT_FETCH_SIZE)
                .fetchLazy()) {
            for (var row : cursor) {
                rows.accept(new CustomerContainers(row.value1(), row.value2(), row.value3(),
                        row.value4().longValueExact(), row.value5().longValueExact(),
                        row.value6().setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
    }

    private static Field<BigDecimal> aged(Field<UUID> sale, Field<BigDecimal> owed, Condition when) {
        return coalesce(sum(DSL.when(sale.isNotNull().and(when), owed).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO);
    }

    @Override
    public List<PaymentTotal> payments(DateRange range, String takenBy) {
        Condition taker = takenBy == null ? DSL.noCondition() : DAILY_PAYMENTS.TAKEN_BY.eq(takenBy);
        var amount = sum(DAILY_PAYMENTS.AMOUNT);
        var count = sum(DAILY_PAYMENTS.PAYMENTS);
        return dsl.select(DAILY_PAYMENTS.METHOD, DAILY_PAYMENTS.TAKEN_BY, amount, count)
                .from(DAILY_PAYMENTS)
                .where(DAILY_PAYMENTS.DAY.between(range.from(), range.to()), taker)
                .groupBy(DAILY_PAYMENTS.METHOD, DAILY_PAYMENTS.TAKEN_BY)
                .orderBy(DAILY_PAYMENTS.METHOD, DAILY_PAYMENTS.TAKEN_BY)
                .fetch(row -> new PaymentTotal(row.value1(), row.value2(), row.value3(), row.value4().intValueExact()));
    }

    private static Table<?> rangesTable(Map<String, DateRange> ranges) {
        var rows = ranges.entrySet().stream()
                .map(entry -> DSL.row(DSL.val(entry.getKey()), DSL.val(entry.getValue().from()),
                        DSL.val(entry.getValue().to())))
                .toList();
        return DSL.values(rows.toArray(Row3[]::new)).as("range", "name", "from_day", "to_day");
    }

    private static Figures figures(Record row) {
        return new Figures(row.get(QUANTITY).longValueExact(), row.get(REVENUE), row.get(TAX), row.get(COST),
                row.get(SALES_COUNT).intValueExact());
    }
}
