package io.elif.reporting.application;

import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.ReportQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The read models' queries: each answers from the daily rollups in one statement, whatever the number of ranges. */
public interface SalesFigures {

    /** The whole days' figures of each named range. */
    Map<String, Figures> totals(Map<String, DateRange> ranges);

    /** The payments received in each named range. */
    Map<String, BigDecimal> paymentsReceived(Map<String, DateRange> ranges);

    /** What customers owe at the end of the day: every change up to it. */
    BigDecimal owed(LocalDate day);

    /** The best-selling products of each named range by revenue, at most {@code limit} each. */
    Map<String, List<TopProduct>> topProducts(Map<String, DateRange> ranges, int limit);

    /** The figures of one product, customer, clerk or warehouse (or the TOTAL) over a range. */
    Figures of(Dimension dimension, String key, DateRange range);

    /** Hands the report's rows to {@code rows} in order as the database answers them (a cursor: never all in memory). */
    void report(ReportQuery query, Consumer<ReportRow> rows);

    /**
     * What each customer owes at the end of the day, aged by each sale's due date, handed to {@code rows} as the
     * database answers, the largest debts first (a cursor: never all in memory).
     */
    void debts(LocalDate asOf, Consumer<CustomerDebt> rows);

    /**
     * The containers each customer holds at the end of the day per type, handed to {@code rows} as the database
     * answers, by customer and code (a cursor).
     */
    void containers(LocalDate asOf, Consumer<CustomerContainers> rows);

    /** The payments of a range by method and taker, of one taker when {@code takenBy} is given. */
    List<PaymentTotal> payments(DateRange range, String takenBy);
}
