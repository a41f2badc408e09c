package io.elif.reporting.application;

import io.elif.catalog.Catalog;
import io.elif.kernel.MoneyUnit;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The dashboard, from the daily rollups only: today, this week and this month against the same stretch before, what
 * customers owe, the best sellers; and a clerk's own day. "Today" is the tenant's business day (the clock bootstrap
 * gives is in the tenant's time zone). A fixed number of statements, whatever the data.
 */
@Service
@Transactional(readOnly = true)
public class ReadDashboard {

    static final int TOP_PRODUCTS = 5;

    private final SalesFigures figures;
    private final Catalog catalog;
    private final Clock clock;

    ReadDashboard(SalesFigures figures, Catalog catalog, Clock clock) {
        this.figures = figures;
        this.catalog = catalog;
        this.clock = clock;
    }

    public DashboardView dashboard() {
        var today = LocalDate.now(clock);
        var ranges = new LinkedHashMap<String, DateRange>();
        var currentRanges = new LinkedHashMap<String, DateRange>();
        for (var period : Period.values()) {
            ranges.put(current(period), period.current(today));
            ranges.put(previous(period), period.previous(today));
            currentRanges.put(current(period), period.current(today));
        }
        var settings = catalog.settings();
        var totals = figures.totals(ranges);
        var payments = figures.paymentsReceived(ranges);
        var top = figures.topProducts(currentRanges, TOP_PRODUCTS);
        var periods = new ArrayList<PeriodFigures>();
        for (var period : Period.values()) {
            periods.add(new PeriodFigures(period, period.current(today), period.previous(today),
                    totals.get(current(period)), totals.get(previous(period)), payments.get(current(period)),
                    payments.get(previous(period)), top.getOrDefault(current(period), List.of())));
        }
        return new DashboardView(today, settings.currency(), new MoneyUnit(settings.moneyScale()), periods,
                figures.owed(today));
    }

    /** The clerk's sales and payments of the tenant's business day. */
    public ClerkDay clerkDay(String clerk) {
        var today = new DateRange(LocalDate.now(clock), LocalDate.now(clock));
        return new ClerkDay(today.from(), clerk, catalog.settings().currency(),
                figures.of(Dimension.CLERK, clerk, today), figures.payments(today, clerk));
    }

    private static String current(Period period) {
        return period.name();
    }

    private static String previous(Period period) {
        return "PREVIOUS_" + period.name();
    }
}
