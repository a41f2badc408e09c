package io.elif.reporting.domain;

/** What a daily rollup row is about: the whole day, or one product, customer, clerk or warehouse of it. */
public enum Dimension {
    TOTAL, PRODUCT, CUSTOMER, CLERK, WAREHOUSE;

    /** The key of the TOTAL rows. */
    public static final String WHOLE_DAY = "";
}
