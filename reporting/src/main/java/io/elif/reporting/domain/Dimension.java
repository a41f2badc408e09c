package io.elif.reporting.domain;

/**
 * What a daily rollup row is about: the whole day, or one product, category (of the product when it was sold; key ''
 * for none), customer, clerk or warehouse of it.
 */
public enum Dimension {
    TOTAL, PRODUCT, CATEGORY, CUSTOMER, CLERK, WAREHOUSE;

    /** The key of the TOTAL rows. */
    public static final String WHOLE_DAY = "";
}
