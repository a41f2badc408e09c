package io.elif.reporting.application;

import io.elif.kernel.MoneyUnit;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.ReportQuery;

import java.util.List;

/** A sales report: its question, its rows in order and the total of its range. */
public record SalesReport(ReportQuery query, String currency, MoneyUnit moneyUnit, List<ReportRow> rows,
                          Figures total) {

    public SalesReport {
        rows = List.copyOf(rows);
    }
}
