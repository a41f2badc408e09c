package io.elif.reporting.domain;

import io.elif.kernel.InvalidInputException;

import java.time.temporal.ChronoUnit;

/**
 * A sales report's question: the business days, the grouping, one optional filter (a product, customer, clerk or
 * warehouse, with a grouping by time: "this product's sales by month") and the order.
 *
 * @param filter    the dimension filtered on, null for the whole business
 * @param filterKey the product's, customer's or warehouse's id or the clerk's username
 */
public record ReportQuery(DateRange range, Grouping groupBy, Dimension filter, String filterKey, ReportSort sort,
                          boolean descending) {

    /** About ten years of days: a report's range is bounded, so every report is bounded. */
    public static final int MAX_DAYS = 3660;

    public ReportQuery {
        if (range == null) {
            throw new InvalidInputException("from", "is required, as is to");
        }
        if (ChronoUnit.DAYS.between(range.from(), range.to()) >= MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + MAX_DAYS + " days after from");
        }
        if (groupBy == null) {
            groupBy = Grouping.DAY;
        }
        if (sort == null) {
            sort = ReportSort.KEY;
        }
        if ((filter == null) != (filterKey == null)) {
            throw new InvalidInputException("filter", "names one product, customer, clerk or warehouse");
        }
        if (filter != null && !groupBy.byTime()) {
            throw new InvalidInputException("groupBy", "must be DAY, WEEK or MONTH when the report is filtered");
        }
        if (filter == Dimension.TOTAL) {
            throw new InvalidInputException("filter", "names one product, customer, clerk or warehouse");
        }
    }

    /** The rollup rows the report reads: the filter's, the grouping's, or the whole days'. */
    public Dimension rows() {
        if (filter != null) {
            return filter;
        }
        return groupBy.byTime() ? Dimension.TOTAL : groupBy.dimension();
    }

    /** The key the report reads within {@link #rows()}, null for every key of a grouping by dimension. */
    public String rowsKey() {
        if (filter != null) {
            return filterKey;
        }
        return groupBy.byTime() ? Dimension.WHOLE_DAY : null;
    }
}
