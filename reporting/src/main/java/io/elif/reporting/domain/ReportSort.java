package io.elif.reporting.domain;

/** What a sales report's rows are ordered by; ties go by key. */
public enum ReportSort {
    KEY, QUANTITY, REVENUE, TAX, COST, GROSS_PROFIT, MARGIN, SALES_COUNT
}
