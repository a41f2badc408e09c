package io.elif.reporting.adapter.web;

import io.elif.kernel.InvalidInputException;
import io.elif.reporting.adapter.web.ReportingResponses.SalesReportResponse;
import io.elif.reporting.application.ReadSalesReport;
import io.elif.reporting.adapter.web.export.ExportFormat;
import io.elif.reporting.adapter.web.export.ExportTable;
import io.elif.reporting.adapter.web.export.ExportTable.Column;
import io.elif.reporting.adapter.web.export.ExportTable.Kind;
import io.elif.reporting.adapter.web.export.ReportExports;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.Grouping;
import io.elif.reporting.domain.ReportQuery;
import io.elif.reporting.domain.ReportSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Sales reports from the daily rollups, as JSON and as a CSV, XLSX or PDF file streamed row by row. */
@Tag(name = "Reporting")
@RestController
class SalesReportController {

    private static final String QUERY = "From and to are business days, both included (at most "
            + ReportQuery.MAX_DAYS + " days). groupBy: DAY (default), WEEK (from Monday), MONTH, PRODUCT, CATEGORY (the "
            + "product's category id when it was sold, '' for none), CUSTOMER, CLERK or WAREHOUSE. One filter at most (productId, customerId, clerk or warehouseId), with a grouping "
            + "by time. Rows sorted by sort (KEY by default) and direction, ties by key. Figures as docs/reporting.md "
            + "defines them: revenue net of tax and returns, cost of goods sold at issue, gross profit, margin.";

    private final ReadSalesReport readSalesReport;
    private final ReportingWebMapper mapper;
    private final ReportExports exports;

    SalesReportController(ReadSalesReport readSalesReport, ReportingWebMapper mapper, ReportExports exports) {
        this.readSalesReport = readSalesReport;
        this.mapper = mapper;
        this.exports = exports;
    }

    @Operation(summary = "Sales by day, week or month, or by product, customer, clerk or warehouse", description = QUERY,
            responses = @ApiResponse(responseCode = "200", description = "The rows and the range's total"))
    @GetMapping("/api/reporting/sales")
    SalesReportResponse salesReport(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Grouping groupBy,
                                    @RequestParam(required = false) UUID productId,
                                    @RequestParam(required = false) UUID customerId,
                                    @RequestParam(required = false) @Size(min = 1, max = 100) String clerk,
                                    @RequestParam(required = false) UUID warehouseId,
                                    @RequestParam(required = false) ReportSort sort,
                                    @RequestParam(required = false) Direction direction) {
        var query = query(from, to, groupBy, productId, customerId, clerk, warehouseId, sort, direction);
        return mapper.toResponse(readSalesReport.report(query));
    }

    @Operation(summary = "The same sales report as a CSV, XLSX or PDF file, streamed as it is read",
            description = QUERY + " format: csv (RFC 4180, UTF-8, a header row, the rows only), xlsx (a workbook: "
                    + "a heading row, numbers as numbers, the total in bold) or pdf (A4, printable, the total at the end).",
            responses = @ApiResponse(responseCode = "200", description = "The report as a file to download",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reporting/sales.{format}")
    void salesReportFile(@PathVariable @Schema(allowableValues = {"csv", "xlsx", "pdf"}) String format,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Grouping groupBy,
                         @RequestParam(required = false) UUID productId,
                         @RequestParam(required = false) UUID customerId,
                         @RequestParam(required = false) @Size(min = 1, max = 100) String clerk,
                         @RequestParam(required = false) UUID warehouseId,
                         @RequestParam(required = false) ReportSort sort,
                         @RequestParam(required = false) Direction direction,
                         HttpServletResponse response) throws IOException {
        var exportFormat = ExportFormat.of(format);
        var query = query(from, to, groupBy, productId, customerId, clerk, warehouseId, sort, direction);
        exports.write(exportFormat, salesTable(query), response);
    }

    /**
     * The sales report as a table: the key (a period's first day, an id or a username) and label, then the figures.
     * The printed document shows the label when there is one (a product's, a clerk's) and the key otherwise.
     */
    private ExportTable salesTable(ReportQuery query) {
        var grouping = query.groupBy();
        var labelled = grouping == Grouping.PRODUCT || grouping == Grouping.CLERK;
        var keyHeading = switch (grouping) {
            case DAY -> "Day";
            case WEEK -> "Week from";
            case MONTH -> "Month from";
            case PRODUCT -> "Product id";
            case CATEGORY -> "Category";
            case CUSTOMER -> "Customer";
            case CLERK -> "Clerk";
            case WAREHOUSE -> "Warehouse";
        };
        var columns = List.of(
                new Column("key", keyHeading, grouping.byTime() ? Kind.DATE : Kind.TEXT, !labelled,
                        grouping.byTime() ? 12 : 26),
                new Column("label", grouping == Grouping.PRODUCT ? "Product" : "Label", Kind.TEXT, labelled, 26),
                new Column("quantity", "Quantity", Kind.COUNT, true, 9),
                new Column("revenue", "Revenue", Kind.AMOUNT, true, 16),
                new Column("tax", "Tax", Kind.AMOUNT, true, 15),
                new Column("cost", "Cost", Kind.AMOUNT, true, 16),
                new Column("grossProfit", "Gross profit", Kind.AMOUNT, true, 16),
                new Column("margin", "Margin %", Kind.PERCENT, true, 10),
                new Column("salesCount", "Sales", Kind.COUNT, true, 7));
        var range = query.range();
        var currency = readSalesReport.currency();
        var subtitle = range.from() + " to " + range.to()
                + (query.filter() == null ? "" : " · " + query.filter().name().toLowerCase(Locale.ROOT) + " "
                + query.filterKey())
                + " · amounts in " + currency + ", revenue net of tax and returns, cost at issue";
        ExportTable.Rows rows = row -> {
            var total = readSalesReport.export(query, report -> row.accept(
                    cells(grouping.byTime() ? LocalDate.parse(report.key()) : report.key(), report.label(),
                            report.figures())));
            return labelled ? cells(null, "Total", total) : cells("Total", null, total);
        };
        return new ExportTable("sales-%s-%s-%s".formatted(grouping.name().toLowerCase(Locale.ROOT), range.from(),
                range.to()), "Sales by " + grouping.name().toLowerCase(Locale.ROOT), subtitle, columns, rows);
    }

    private static List<Object> cells(Object key, String label, Figures figures) {
        return Arrays.asList(key, label, figures.quantity(), figures.revenue(), figures.tax(), figures.cost(),
                figures.grossProfit(), figures.margin(), figures.salesCount());
    }

    /** The order of a report's rows. */
    enum Direction { ASC, DESC }

    private static ReportQuery query(LocalDate from, LocalDate to, Grouping groupBy, UUID productId, UUID customerId,
                                     String clerk, UUID warehouseId, ReportSort sort, Direction direction) {
        Dimension filter = null;
        String key = null;
        int filters = 0;
        if (productId != null) {
            filter = Dimension.PRODUCT;
            key = productId.toString();
            filters++;
        }
        if (customerId != null) {
            filter = Dimension.CUSTOMER;
            key = customerId.toString();
            filters++;
        }
        if (clerk != null) {
            filter = Dimension.CLERK;
            key = clerk;
            filters++;
        }
        if (warehouseId != null) {
            filter = Dimension.WAREHOUSE;
            key = warehouseId.toString();
            filters++;
        }
        if (filters > 1) {
            throw new InvalidInputException("productId", "one filter at most: productId, customerId, clerk or warehouseId");
        }
        return new ReportQuery(new DateRange(from, to), groupBy, filter, key, sort, direction == Direction.DESC);
    }
}
