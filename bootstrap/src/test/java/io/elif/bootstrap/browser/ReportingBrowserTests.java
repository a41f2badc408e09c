package io.elif.bootstrap.browser;

import io.elif.identity.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sales management's report screens in Chromium: the sales report, its filters in the URL, its downloads. */
class ReportingBrowserTests extends BrowserTestSupport {

    private static final String SALES = "/api/sales/sales";

    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER);
    }

    /**
     * A sale of 4 bottles, then a manager opens the sales report, groups it by product for today, sorts it by
     * revenue and downloads the XLSX: the page and the workbook show the figures the API answers.
     */
    @Test
    void aManagerFiltersTheSalesReportAndDownloadsItAsAWorkbook() throws IOException {
        var beer = createProduct("demo", uniqueSku(), "Reported beer " + UUID.randomUUID()).get("id").asString();
        receive(beer, 20);
        var sale = postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 4}],
                 "payments": [{"method": "CASH", "amount": "14000"}]}""".formatted(beer));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) queryTenantDatabase("demo",
                "select count(*) from events.event_publication where completion_date is null")).longValue() == 0);
        var today = getAs(Role.MANAGER, "/api/reporting/dashboard").body().get("today").asString();
        var report = getAs(Role.MANAGER, "/api/reporting/sales?from=%s&to=%s&groupBy=PRODUCT".formatted(today, today))
                .body();
        var expected = report.get("rows").valueStream().filter(row -> row.get("key").asString().equals(beer))
                .findFirst().orElseThrow().get("figures");
        signInAs("demo", "sales", Role.MANAGER);

        page.getByTestId("nav-sales-report").click();
        // the report's own filters: the page has loaded before anything is typed into it
        assertThat(page.getByTestId("report-group-by")).isVisible();
        page.getByTestId("report-from").fill(today);
        page.getByTestId("report-to").fill(today);
        page.getByTestId("report-group-by").selectOption("PRODUCT");
        assertThat(page).hasURL(Pattern.compile(".*groupBy=PRODUCT.*"));
        var row = page.locator("[data-testid=report-row][data-key='" + beer + "']");
        assertThat(row).containsText("Reported beer");
        assertThat(row).containsText(money(expected.get("revenue").asString()));
        assertThat(row).containsText(money(expected.get("grossProfit").asString()));
        assertThat(page.getByTestId("report-total")).containsText(money(report.get("total").get("revenue").asString()));
        page.getByTestId("sort-REVENUE").click();
        assertThat(page).hasURL(Pattern.compile(".*sort=REVENUE.*direction=DESC.*|.*direction=DESC.*sort=REVENUE.*"));
        assertThat(page.getByTestId("column-REVENUE")).hasAttribute("aria-sort", "descending");

        var download = page.waitForDownload(() -> page.getByTestId("download-xlsx").click());
        assertThat(download.suggestedFilename()).isEqualTo("sales-product-%s-%s.xlsx".formatted(today, today));
        try (var workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            var sheet = workbook.getSheetAt(0);
            var found = false;
            for (var cells : sheet) {
                if (cells.getRowNum() > 0 && cells.getCell(0) != null
                        && beer.equals(cells.getCell(0).getStringCellValue())) {
                    found = true;
                    assertThat((long) cells.getCell(2).getNumericCellValue()).isEqualTo(4);
                    assertThat(BigDecimal.valueOf(cells.getCell(3).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                            .isEqualByComparingTo(expected.get("revenue").asString());
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(page.getByTestId("download-progress")).hasCount(0);
        assertThat(page.getByTestId("download-error")).hasCount(0);

        // by category: the same day's total, its rows named by the catalogue's categories
        page.getByTestId("report-group-by").selectOption("CATEGORY");
        assertThat(page).hasURL(Pattern.compile(".*groupBy=CATEGORY.*"));
        assertThat(page.getByTestId("report-subtitle")).containsText("by category");
        assertThat(page.getByTestId("report-total")).containsText(money(report.get("total").get("revenue").asString()));
    }

    /** An unpaid sale on credit: the manager finds it owed by its customer, not yet due, and today's payments. */
    @Test
    void aManagerReadsWhatCustomersOweAndThePaymentsReceived() {
        var beer = createProduct("demo", uniqueSku(), "Owed beer " + UUID.randomUUID()).get("id").asString();
        receive(beer, 10);
        var customer = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Owing bar %s", "creditLimit": "100000"}""".formatted(UUID.randomUUID())).body()
                .get("id").asString();
        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "quantity": 2}]}"""
                .formatted(customer, beer));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var payable = sale.body().get("payable").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) queryTenantDatabase("demo",
                "select count(*) from events.event_publication where completion_date is null")).longValue() == 0);
        signInAs("demo", "sales", Role.MANAGER);

        page.getByTestId("nav-owed-report").click();
        var row = page.locator("[data-testid=owed-row][data-key='" + customer + "']");
        assertThat(row).isVisible();
        assertThat(row.locator("td").nth(1)).hasText(money(payable));
        assertThat(row.locator("td").nth(7)).hasText(money(payable));

        page.getByTestId("nav-payments-report").click();
        assertThat(page.getByTestId("payments-from")).isVisible();
        assertThat(page.getByTestId("payments-total")).isVisible();
    }

    /** A clerk is offered their own day, never the sales report, and their day shows no cost. */
    @Test
    void aClerkSeesTheirOwnDayButNotTheSalesReport() {
        signInAs("demo", "sales", Role.SALES);

        assertThat(page.getByTestId("nav-sales-report")).hasCount(0);
        page.getByTestId("nav-my-day").click();
        assertThat(page.getByTestId("my-day-revenue")).isVisible();
        assertThat(page.getByText("Cost")).hasCount(0);
        assertThat(page.getByText("Margin")).hasCount(0);
    }

    /** As the page shows an amount: thousands grouped, two decimals. */
    private static String money(String amount) {
        return String.format(Locale.US, "%,.2f", new BigDecimal(amount).setScale(2));
    }
}
