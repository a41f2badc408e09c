package io.elif.reporting.adapter.web;

import io.elif.kernel.MoneyUnit;
import io.elif.reporting.adapter.web.ReportingResponses.ClerkDayResponse;
import io.elif.reporting.adapter.web.ReportingResponses.DashboardResponse;
import io.elif.reporting.adapter.web.ReportingResponses.FiguresResponse;
import io.elif.reporting.adapter.web.ReportingResponses.PaymentTotalResponse;
import io.elif.reporting.adapter.web.ReportingResponses.PeriodResponse;
import io.elif.reporting.adapter.web.ReportingResponses.ReportRowResponse;
import io.elif.reporting.adapter.web.ReportingResponses.SalesReportResponse;
import io.elif.reporting.adapter.web.ReportingResponses.TopProductResponse;
import io.elif.reporting.application.ClerkDay;
import io.elif.reporting.application.DashboardView;
import io.elif.reporting.application.PaymentTotal;
import io.elif.reporting.application.SalesReport;
import io.elif.reporting.domain.Figures;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Reporting's answers, mapped by hand: the derived figures come from {@link Figures}, their one home. */
@Component
class ReportingWebMapper {

    DashboardResponse toResponse(DashboardView view) {
        var unit = view.moneyUnit();
        return new DashboardResponse(view.today(), view.currency(), unit.scale(), view.periods().stream()
                .map(period -> new PeriodResponse(period.period(), period.current().from(), period.current().to(),
                        period.previous().from(), period.previous().to(), figures(period.currentFigures(), unit),
                        figures(period.previousFigures(), unit), amount(period.paymentsReceived()),
                        amount(period.previousPaymentsReceived()), period.topProducts().stream()
                        .map(top -> new TopProductResponse(top.productId(), top.sku(), top.name(),
                                figures(top.figures(), unit))).toList()))
                .toList(), amount(view.owed()));
    }

    ClerkDayResponse toResponse(ClerkDay day) {
        var figures = day.figures();
        return new ClerkDayResponse(day.day(), day.clerk(), day.currency(), figures.quantity(),
                amount(figures.revenue()), amount(figures.tax()), figures.salesCount(),
                day.payments().stream().map(ReportingWebMapper::payment).toList());
    }

    SalesReportResponse toResponse(SalesReport report) {
        var unit = report.moneyUnit();
        var query = report.query();
        return new SalesReportResponse(query.range().from(), query.range().to(), query.groupBy(), report.currency(),
                report.rows().stream().map(row -> new ReportRowResponse(row.key(), row.label(),
                        figures(row.figures(), unit))).toList(), figures(report.total(), unit));
    }

    private static FiguresResponse figures(Figures figures, MoneyUnit unit) {
        return new FiguresResponse(figures.quantity(), amount(figures.revenue()), amount(figures.tax()),
                amount(figures.cost()), amount(figures.grossProfit()), amount(figures.margin()), figures.salesCount(),
                amount(figures.averageSale(unit)));
    }

    private static PaymentTotalResponse payment(PaymentTotal total) {
        return new PaymentTotalResponse(total.method(), total.takenBy(), amount(total.amount()), total.payments());
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
