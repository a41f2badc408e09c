package io.elif.reporting.application;

import io.elif.catalog.Catalog;
import io.elif.kernel.MoneyUnit;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.ReportQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Sales reports from the daily rollups: by day, week or month (of the whole business or of one product, customer,
 * clerk or warehouse) or by product, customer, clerk or warehouse, in the order asked. The total is the same
 * rollups' sum over the range, so the rows add up to it and to the dashboard's figures for the same days.
 */
@Service
@Transactional(readOnly = true)
public class ReadSalesReport {

    private final SalesFigures figures;
    private final Catalog catalog;

    ReadSalesReport(SalesFigures figures, Catalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SalesReport report(ReportQuery query) {
        var rows = new ArrayList<ReportRow>();
        figures.report(query, rows::add);
        var settings = catalog.settings();
        return new SalesReport(query, settings.currency(), new MoneyUnit(settings.moneyScale()), rows, total(query));
    }

    /**
     * The report's rows streamed to {@code rows} as they are read, for exports of any size, then its total, read in
     * the same snapshot (repeatable read) so that the rows add up to it even while events arrive.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Figures export(ReportQuery query, Consumer<ReportRow> rows) {
        figures.report(query, rows);
        return total(query);
    }

    /** The tenant's currency, which a report's amounts are in. */
    public String currency() {
        return catalog.settings().currency();
    }

    private Figures total(ReportQuery query) {
        var dimension = query.filter() == null ? Dimension.TOTAL : query.filter();
        var key = query.filter() == null ? Dimension.WHOLE_DAY : query.filterKey();
        return figures.of(dimension, key, query.range());
    }
}
