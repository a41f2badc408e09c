package io.elif.reporting.adapter.web;

import io.elif.kernel.InvalidInputException;
import io.elif.reporting.adapter.web.ReportingResponses.ContainersReportResponse;
import io.elif.reporting.adapter.web.ReportingResponses.CustomerContainersResponse;
import io.elif.reporting.adapter.web.ReportingResponses.CustomerDebtResponse;
import io.elif.reporting.adapter.web.ReportingResponses.DebtsReportResponse;
import io.elif.reporting.adapter.web.ReportingResponses.PaymentTotalResponse;
import io.elif.reporting.adapter.web.ReportingResponses.PaymentsReportResponse;
import io.elif.reporting.adapter.web.export.ExportFormat;
import io.elif.reporting.adapter.web.export.ExportTable;
import io.elif.reporting.adapter.web.export.ExportTable.Column;
import io.elif.reporting.adapter.web.export.ExportTable.Kind;
import io.elif.reporting.adapter.web.export.ReportExports;
import io.elif.reporting.application.CustomerContainers;
import io.elif.reporting.application.CustomerDebt;
import io.elif.reporting.application.PaymentTotal;
import io.elif.reporting.application.ReadAccounts;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.ReportQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The money reports: payments received by method and by who took them, and what customers owe aged by each sale's
 * due date; as JSON and as CSV, XLSX or PDF files through the one export.
 */
@Tag(name = "Reporting")
@RestController
class AccountsReportController {

    private static final String FILE = " format: csv (a header row, the rows only), xlsx (a workbook, the total in "
            + "bold) or pdf (A4, printable, the total at the end).";
    private static final String PAYMENTS = "From and to are business days, both included (at most "
            + ReportQuery.MAX_DAYS + " days). One row per method and user who took the payments (for cash, what "
            + "settled debts: the change given back is not in it; refunds are not payments), ordered by method and user.";
    private static final String OWED = "asOf: a business day, today by default. Per customer, what each completed "
            + "sale still owes at the end of that day by the days since its due date: current (not yet due), 1-30, "
            + "31-60, 61-90, over 90; unallocated: what the customer paid beyond any sale (negative); total: all of it. "
            + "Largest debts first.";

    private static final String CONTAINERS = "asOf: a business day, today by default. Per customer and container type "
            + "at the end of that day: consigned (their deposit paid), due (owed by the customer), held (both) and the "
            + "deposits held for them (held money, never revenue), from the sales, returns of goods and returns of "
            + "empties up to it.";

    private final ReadAccounts accounts;
    private final ReportExports exports;

    AccountsReportController(ReadAccounts accounts, ReportExports exports) {
        this.accounts = accounts;
        this.exports = exports;
    }

    @Operation(summary = "Payments received by method and by who took them", description = PAYMENTS,
            responses = @ApiResponse(responseCode = "200", description = "The rows and their total"))
    @GetMapping("/api/reporting/payments")
    PaymentsReportResponse payments(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var report = accounts.payments(range(from, to));
        return new PaymentsReportResponse(from, to, report.currency(),
                report.rows().stream().map(AccountsReportController::payment).toList(), payment(report.total()));
    }

    @Operation(summary = "The payments received as a CSV, XLSX or PDF file", description = PAYMENTS + FILE,
            responses = @ApiResponse(responseCode = "200", description = "The report as a file to download",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reporting/payments.{format}")
    void paymentsFile(@PathVariable @Schema(allowableValues = {"csv", "xlsx", "pdf"}) String format,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      HttpServletResponse response) throws IOException {
        var exportFormat = ExportFormat.of(format);
        var range = range(from, to);
        var columns = List.of(
                new Column("method", "Method", Kind.TEXT, true, 18),
                new Column("takenBy", "Taken by", Kind.TEXT, true, 24),
                new Column("payments", "Payments", Kind.COUNT, true, 10),
                new Column("amount", "Amount", Kind.AMOUNT, true, 16));
        ExportTable.Rows rows = row -> {
            var report = accounts.payments(range);
            report.rows().forEach(payment -> row.accept(Arrays.asList(payment.method(), payment.takenBy(),
                    payment.payments(), payment.amount())));
            return Arrays.asList("Total", null, report.total().payments(), report.total().amount());
        };
        exports.write(exportFormat, new ExportTable("payments-%s-%s".formatted(from, to), "Payments received",
                from + " to " + to + " · by method and who took them · amounts in " + accounts.currency(),
                columns, rows), response);
    }

    @Operation(summary = "What customers owe, aged by each sale's due date", description = OWED,
            responses = @ApiResponse(responseCode = "200", description = "One row per customer who owes or is owed"))
    @GetMapping("/api/reporting/owed")
    DebtsReportResponse owed(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate asOf) {
        var report = accounts.debts(asOf == null ? accounts.today() : asOf);
        return new DebtsReportResponse(report.asOf(), report.currency(),
                report.rows().stream().map(AccountsReportController::debt).toList(), debt(report.total()));
    }

    @Operation(summary = "What customers owe, aged, as a CSV, XLSX or PDF file", description = OWED + FILE,
            responses = @ApiResponse(responseCode = "200", description = "The report as a file to download",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reporting/owed.{format}")
    void owedFile(@PathVariable @Schema(allowableValues = {"csv", "xlsx", "pdf"}) String format,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  HttpServletResponse response) throws IOException {
        var exportFormat = ExportFormat.of(format);
        var day = asOf == null ? accounts.today() : asOf;
        var columns = List.of(
                new Column("customerId", "Customer", Kind.TEXT, true, 18),
                new Column("current", "Current", Kind.AMOUNT, true, 14),
                new Column("days1To30", "1-30", Kind.AMOUNT, true, 14),
                new Column("days31To60", "31-60", Kind.AMOUNT, true, 14),
                new Column("days61To90", "61-90", Kind.AMOUNT, true, 14),
                new Column("over90", "Over 90", Kind.AMOUNT, true, 14),
                new Column("unallocated", "Unallocated", Kind.AMOUNT, true, 14),
                new Column("total", "Total", Kind.AMOUNT, true, 15),
                new Column("openSales", "Open sales", Kind.COUNT, true, 8));
        ExportTable.Rows rows = row -> debtCells("Total",
                accounts.exportDebts(day, debt -> row.accept(debtCells(debt.customerId().toString(), debt))));
        exports.write(exportFormat, new ExportTable("owed-%s".formatted(day), "Owed by customers",
                "At the end of " + day + " · by days past each sale's due date · amounts in " + accounts.currency(),
                columns, rows), response);
    }

    @Operation(summary = "The containers customers hold and the deposits held for them", description = CONTAINERS,
            responses = @ApiResponse(responseCode = "200", description = "One row per customer and container type"))
    @GetMapping("/api/reporting/containers")
    ContainersReportResponse containers(@RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var report = accounts.containers(asOf == null ? accounts.today() : asOf);
        return new ContainersReportResponse(report.asOf(), report.currency(),
                report.rows().stream().map(AccountsReportController::containers).toList(), containers(report.total()));
    }

    @Operation(summary = "The containers customers hold as a CSV, XLSX or PDF file", description = CONTAINERS + FILE,
            responses = @ApiResponse(responseCode = "200", description = "The report as a file to download",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reporting/containers.{format}")
    void containersFile(@PathVariable @Schema(allowableValues = {"csv", "xlsx", "pdf"}) String format,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        HttpServletResponse response) throws IOException {
        var exportFormat = ExportFormat.of(format);
        var day = asOf == null ? accounts.today() : asOf;
        var columns = List.of(
                new Column("customerId", "Customer", Kind.TEXT, true, 30),
                new Column("code", "Container", Kind.TEXT, true, 14),
                new Column("consigned", "Consigned", Kind.COUNT, true, 10),
                new Column("due", "Due", Kind.COUNT, true, 10),
                new Column("held", "Held", Kind.COUNT, true, 10),
                new Column("depositsHeld", "Deposits held", Kind.AMOUNT, true, 16));
        ExportTable.Rows rows = row -> {
            var total = accounts.exportContainers(day, held -> row.accept(Arrays.asList(held.customerId().toString(),
                    held.code(), held.consigned(), held.due(), held.held(), held.depositsHeld())));
            return Arrays.asList("Total", null, total.consigned(), total.due(), total.held(), total.depositsHeld());
        };
        exports.write(exportFormat, new ExportTable("containers-%s".formatted(day), "Containers held by customers",
                "At the end of " + day + " · deposits in " + accounts.currency(), columns, rows), response);
    }

    private static CustomerContainersResponse containers(CustomerContainers held) {
        return new CustomerContainersResponse(held.customerId(), held.containerTypeId(), held.code(), held.consigned(),
                held.due(), held.held(), amount(held.depositsHeld()));
    }

    private static List<Object> debtCells(String customer, CustomerDebt debt) {
        return Arrays.asList(customer, debt.current(), debt.days1To30(), debt.days31To60(), debt.days61To90(),
                debt.over90(), debt.unallocated(), debt.total(), debt.openSales());
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        var range = new DateRange(from, to);
        if (ChronoUnit.DAYS.between(from, to) >= ReportQuery.MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + ReportQuery.MAX_DAYS + " days after from");
        }
        return range;
    }

    private static PaymentTotalResponse payment(PaymentTotal total) {
        return new PaymentTotalResponse(total.method(), total.takenBy(), amount(total.amount()), total.payments());
    }

    private static CustomerDebtResponse debt(CustomerDebt debt) {
        return new CustomerDebtResponse(debt.customerId(), amount(debt.current()), amount(debt.days1To30()),
                amount(debt.days31To60()), amount(debt.days61To90()), amount(debt.over90()),
                amount(debt.unallocated()), amount(debt.total()), debt.openSales());
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
