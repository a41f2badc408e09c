package io.elif.reporting.adapter.web;

import io.elif.kernel.InvalidInputException;
import io.elif.reporting.adapter.web.ReportingResponses.SalesReportResponse;
import io.elif.reporting.application.ReadSalesReport;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** Sales reports from the daily rollups, as JSON and as a CSV file streamed row by row. */
@Tag(name = "Reporting")
@RestController
class SalesReportController {

    private static final String QUERY = "From and to are business days, both included (at most "
            + ReportQuery.MAX_DAYS + " days). groupBy: DAY (default), WEEK (from Monday), MONTH, PRODUCT, CUSTOMER, "
            + "CLERK or WAREHOUSE. One filter at most (productId, customerId, clerk or warehouseId), with a grouping "
            + "by time. Rows sorted by sort (KEY by default) and direction, ties by key. Figures as docs/reporting.md "
            + "defines them: revenue net of tax and returns, cost of goods sold at issue, gross profit, margin.";

    private final ReadSalesReport readSalesReport;
    private final ReportingWebMapper mapper;

    SalesReportController(ReadSalesReport readSalesReport, ReportingWebMapper mapper) {
        this.readSalesReport = readSalesReport;
        this.mapper = mapper;
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

    @Operation(summary = "The same sales report as a CSV file, streamed as it is read", description = QUERY,
            responses = @ApiResponse(responseCode = "200", description = "RFC 4180 CSV, UTF-8, a header row",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping(value = "/api/reporting/sales.csv", produces = "text/csv")
    void salesReportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) Grouping groupBy,
                        @RequestParam(required = false) UUID productId,
                        @RequestParam(required = false) UUID customerId,
                        @RequestParam(required = false) @Size(min = 1, max = 100) String clerk,
                        @RequestParam(required = false) UUID warehouseId,
                        @RequestParam(required = false) ReportSort sort,
                        @RequestParam(required = false) Direction direction,
                        HttpServletResponse response) throws IOException {
        var query = query(from, to, groupBy, productId, customerId, clerk, warehouseId, sort, direction);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sales-%s-%s-%s.csv\""
                .formatted(query.groupBy().name().toLowerCase(), from, to));
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var csv = new SalesCsv(writer);
        csv.header();
        try {
            readSalesReport.export(query, csv::row);
        } catch (UncheckedIOException closed) {
            throw closed.getCause();
        }
        writer.flush();
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
