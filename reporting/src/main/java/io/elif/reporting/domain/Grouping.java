package io.elif.reporting.domain;

/** How a sales report groups its rows: by period of time, or by product, category, customer, clerk or warehouse. */
public enum Grouping {
    DAY(null), WEEK(null), MONTH(null),
    PRODUCT(Dimension.PRODUCT), CATEGORY(Dimension.CATEGORY), CUSTOMER(Dimension.CUSTOMER), CLERK(Dimension.CLERK), WAREHOUSE(Dimension.WAREHOUSE);

    private final Dimension dimension;

    Grouping(Dimension dimension) {
        this.dimension = dimension;
    }

    /** The rollup rows a grouping by product, customer, clerk or warehouse reads; null for a grouping by time. */
    public Dimension dimension() {
        return dimension;
    }

    public boolean byTime() {
        return dimension == null;
    }
}
