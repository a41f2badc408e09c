package io.elif.reporting.adapter.web;

import io.elif.reporting.domain.Grouping;
import io.elif.reporting.domain.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reporting API's answers. Amounts are decimal strings with two decimals, as everywhere in ELIF's API. */
final class ReportingResponses {

    private ReportingResponses() {
    }

    /**
     * Sales figures of a period (docs/reporting.md): revenue net of tax and of returns, the cost of goods sold at
     * issue, gross profit = revenue - cost, margin = gross profit / revenue in percent (null without revenue),
     * average sale = revenue / sales count.
     */
    record FiguresResponse(long quantity, String revenue, String tax, String cost, String grossProfit, String margin,
                           int salesCount, String averageSale) {
    }

    record TopProductResponse(UUID productId, String sku, String name, FiguresResponse figures) {
    }

    record PeriodResponse(Period period, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                          FiguresResponse current, FiguresResponse previous, String paymentsReceived,
                          String previousPaymentsReceived, List<TopProductResponse> topProducts) {
    }

    /** {@code owed}: what customers owe at the end of today, from reporting's own read models. */
    record DashboardResponse(LocalDate today, String currency, int moneyScale, List<PeriodResponse> periods,
                             String owed) {
    }

    /** A report row: its key (a period's first day, an id or a username), a label when known, its figures. */
    record ReportRowResponse(String key, String label, FiguresResponse figures) {
    }

    /** A sales report; the total is the range's (its sales count counts each sale once). */
    record SalesReportResponse(LocalDate from, LocalDate to, Grouping groupBy, String currency,
                               List<ReportRowResponse> rows, FiguresResponse total) {
    }

    record PaymentTotalResponse(String method, String takenBy, String amount, int payments) {
    }

    /** A clerk's own day: no cost, no profit, no margin. */
    record ClerkDayResponse(LocalDate day, String clerk, String currency, long quantity, String revenue, String tax,
                            int salesCount, List<PaymentTotalResponse> payments) {
    }

    /** Payments of a range by method and taker; the total's method and taker are null. */
    record PaymentsReportResponse(LocalDate from, LocalDate to, String currency, List<PaymentTotalResponse> rows,
                                  PaymentTotalResponse total) {
    }

    /**
     * What one customer owes at the end of the day by days past each sale's due date (current: not yet due);
     * unallocated: paid beyond any sale (negative); total: all of it. The report's total has no customer.
     */
    record CustomerDebtResponse(UUID customerId, String current, String days1To30, String days31To60,
                                String days61To90, String over90, String unallocated, String total, int openSales) {
    }

    /** Containers of one type a customer holds: consigned (deposit paid), due (owed), held = both; the total has no customer. */
    record CustomerContainersResponse(UUID customerId, UUID containerTypeId, String code, long consigned, long due,
                                      long held, String depositsHeld) {
    }

    record ContainersReportResponse(LocalDate asOf, String currency, List<CustomerContainersResponse> rows,
                                    CustomerContainersResponse total) {
    }

    record DebtsReportResponse(LocalDate asOf, String currency, List<CustomerDebtResponse> rows,
                               CustomerDebtResponse total) {
    }
}
