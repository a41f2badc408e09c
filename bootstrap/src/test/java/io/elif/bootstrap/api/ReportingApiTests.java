package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard through real HTTP against sales made through real HTTP, with the traps the replaced system fell
 * into: several lines and several payments (its join fan-out), a partly paid sale, an unpaid one at a manager's
 * price, a cancelled order, deposits, a partial return. What the dashboard gains equals what the test adds up from
 * the sales' own documents, to the unit.
 */
class ReportingApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String SALES = "/api/sales/sales";
    private static final String DASHBOARD = "/api/reporting/dashboard";
    private static final String REPORT = "/api/reporting/sales";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient BINARY = HttpClient.newHttpClient();

    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER);
    }

    @Test
    void theDashboardGainsExactlyWhatTheSalesDocumentsAdd() {
        var beer = product("3000.00", "2700.00");
        var crate = pack(beer, 24, "60000.00");
        var crates = container("CRATE", "3000");
        var attached = putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(crate, crates));
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        var soda = product("2200.00", "2000.00");
        receiveAt(beer, 200, "1800");
        receiveAt(soda, 50, "1000.25");
        var bar = customer();
        awaitEventsDelivered();
        var before = today(getAs(Role.MANAGER, DASHBOARD).body());
        var owedBefore = new BigDecimal(getAs(Role.MANAGER, DASHBOARD).body().get("owed").asString());

        // several lines, deposits, two payments, partly paid: 192,000 + 3,000 deposits, 170,000 paid
        var counter = completed(postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [
                  {"productId": "%s", "packId": "%s", "quantity": 3}, {"productId": "%s", "quantity": 6}],
                 "payments": [{"method": "CASH", "amount": "150000"}, {"method": "CARD", "amount": "20000"}]}"""
                .formatted(bar, beer, crate, soda)));
        // unpaid, at a manager's price: the crate's price is not the catalogue's
        var unpaid = completed(postAs(Role.MANAGER, SALES, """
                {"customerId": "%s", "complete": true, "lines": [
                  {"productId": "%s", "packId": "%s", "quantity": 1, "unitPrice": "62000", "priceReason": "new price"}]}"""
                .formatted(bar, beer, crate)));
        // a confirmed order called off: never counts
        var order = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "lines": [{"productId": "%s", "quantity": 5}]}""".formatted(bar, soda));
        assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
        var orderId = order.body().get("id").asString();
        assertThat(postAs(Role.SALES, SALES + "/" + orderId + "/confirm", "{}").status()).isEqualTo(200);
        assertThat(postAs(Role.MANAGER, SALES + "/" + orderId + "/cancel", "{}").status()).isEqualTo(200);
        // a walk-in sale paid in full, then 4 of its 10 cans returned and refunded
        var walkIn = completed(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 10}],
                 "payments": [{"method": "MOBILE_MONEY", "amount": "22000", "reference": "MP-%s"}]}"""
                .formatted(soda, UUID.randomUUID().toString().substring(0, 8))));
        var returned = postAs(Role.MANAGER, SALES + "/" + walkIn.get("id").asString() + "/returns", """
                {"lines": [{"lineNo": 1, "quantity": 4}], "reason": "four broken", "refundMethod": "CASH"}""");
        assertThat(returned.status()).as(returned.raw().body()).isEqualTo(201);
        var onAccount = postAs(Role.SALES, "/api/sales/customers/" + bar + "/payments", """
                {"method": "BANK_TRANSFER", "amount": "30000"}""");
        assertThat(onAccount.status()).as(onAccount.raw().body()).isEqualTo(201);

        // the test's own books, from the documents sales answered
        var sales = List.of(counter, unpaid, walkIn);
        var revenue = BigDecimal.ZERO;
        var tax = BigDecimal.ZERO;
        var cost = BigDecimal.ZERO;
        for (var sale : sales) {
            revenue = revenue.add(money(sale, "total")).subtract(money(sale, "tax"));
            tax = tax.add(money(sale, "tax"));
        }
        var beerUnits = baseUnits(counter, beer) + baseUnits(unpaid, beer);
        cost = cost.add(whole(new BigDecimal("1800").multiply(BigDecimal.valueOf(baseUnits(counter, beer)))))
                .add(whole(new BigDecimal("1000.25").multiply(BigDecimal.valueOf(baseUnits(counter, soda)))))
                .add(whole(new BigDecimal("1800").multiply(BigDecimal.valueOf(baseUnits(unpaid, beer)))));
        var walkInCost = whole(new BigDecimal("1000.25").multiply(BigDecimal.valueOf(baseUnits(walkIn, soda))));
        cost = cost.add(walkInCost).subtract(whole(walkInCost.multiply(BigDecimal.valueOf(4))
                .divide(BigDecimal.TEN, 10, RoundingMode.HALF_UP)));
        var taken = returned.body();
        revenue = revenue.subtract(money(taken, "total")).add(money(taken, "tax"));
        tax = tax.subtract(money(taken, "tax"));
        var paid = new BigDecimal("150000").add(new BigDecimal("20000")).add(new BigDecimal("22000"))
                .add(new BigDecimal("30000"));
        var owedByBar = new BigDecimal(getAs(Role.MANAGER, "/api/sales/customers/" + bar + "/account").body()
                .get("totalOwed").asString());
        var expectedRevenue = new BigDecimal(before.get("current").get("revenue").asString()).add(revenue);
        var expectedCount = before.get("current").get("salesCount").asInt() + 3;
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var now = today(getAs(Role.MANAGER, DASHBOARD).body()).get("current");
            return new BigDecimal(now.get("revenue").asString()).compareTo(expectedRevenue) == 0
                    && now.get("salesCount").asInt() == expectedCount;
        });
        var dashboard = getAs(Role.MANAGER, DASHBOARD);
        assertThat(dashboard.status()).isEqualTo(200);
        var after = today(dashboard.body());

        assertThat(gain(after, before, "revenue")).isEqualByComparingTo(revenue);
        assertThat(gain(after, before, "tax")).isEqualByComparingTo(tax);
        assertThat(gain(after, before, "cost")).isEqualByComparingTo(cost);
        assertThat(gain(after, before, "grossProfit")).isEqualByComparingTo(revenue.subtract(cost));
        assertThat(after.get("current").get("quantity").asLong() - before.get("current").get("quantity").asLong())
                .isEqualTo(beerUnits + 6 + 10 - 4);
        assertThat(new BigDecimal(after.get("paymentsReceived").asString())
                .subtract(new BigDecimal(before.get("paymentsReceived").asString()))).isEqualByComparingTo(paid);
        // what customers owe gained what the new customer's account shows (the walk-in customer owes nothing)
        assertThat(new BigDecimal(dashboard.body().get("owed").asString()).subtract(owedBefore))
                .isEqualByComparingTo(owedByBar);
        assertThat(owedByBar).isEqualByComparingTo(money(counter, "payable").add(money(unpaid, "payable"))
                .subtract(new BigDecimal("170000")).subtract(new BigDecimal("30000")));

        // the crates the customer holds: what its container account in sales shows, type by type
        var balances = getAs(Role.MANAGER, "/api/sales/customers/" + bar + "/containers").body().get("balances");
        var held = getAs(Role.MANAGER, "/api/reporting/containers");
        assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
        var rows = held.body().get("rows").valueStream()
                .filter(row -> row.get("customerId").asString().equals(bar)).toList();
        assertThat(rows).hasSize(balances.size()).isNotEmpty();
        for (var balance : balances) {
            var row = rows.stream().filter(candidate -> candidate.get("containerTypeId").asString()
                    .equals(balance.get("containerTypeId").asString())).findFirst().orElseThrow();
            assertThat(row.get("consigned").asLong()).isEqualTo(balance.get("consigned").asLong());
            assertThat(row.get("due").asLong()).isEqualTo(balance.get("due").asLong());
            assertThat(row.get("held").asLong()).isEqualTo(balance.get("held").asLong());
            assertThat(new BigDecimal(row.get("depositsHeld").asString()))
                    .isEqualByComparingTo(balance.get("depositsHeld").asString());
        }
        var deposited = BigDecimal.ZERO;
        for (var sale : List.of(counter, unpaid)) {
            deposited = deposited.add(money(sale, "depositTotal"));
        }
        assertThat(rows.stream().map(row -> new BigDecimal(row.get("depositsHeld").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(deposited);
        assertThat(getAs(Role.SALES, "/api/reporting/containers").status()).isEqualTo(403);
    }

    @Test
    void theSalesReportAddsUpToItsTotalAndItsCsvIsTheSameRowsStreamed() {
        var soda = product("2200.00", "2000.00");
        receiveAt(soda, 20, "1000");
        completed(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 3}],
                 "payments": [{"method": "CASH", "amount": "6600"}]}""".formatted(soda)));
        var today = LocalDate.parse(getAs(Role.MANAGER, DASHBOARD).body().get("today").asString());
        var query = "?from=%s&to=%s&groupBy=MONTH&productId=%s".formatted(today.minusMonths(2), today, soda);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> getAs(Role.MANAGER, REPORT + query).body().get("rows").size() == 1);

        var report = getAs(Role.MANAGER, REPORT + query);
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        var row = report.body().get("rows").get(0);
        assertThat(row.get("key").asString()).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(row.get("figures").get("quantity").asLong()).isEqualTo(3);
        assertThat(row.get("figures").get("revenue").asString()).isEqualTo("5500.00");
        assertThat(row.get("figures").get("tax").asString()).isEqualTo("1100.00");
        assertThat(row.get("figures").get("cost").asString()).isEqualTo("3000.00");
        assertThat(row.get("figures").get("grossProfit").asString()).isEqualTo("2500.00");
        assertThat(row.get("figures").get("margin").asString()).isEqualTo("45.45");
        assertThat(report.body().get("total")).isEqualTo(row.get("figures"));

        var byProduct = getAs(Role.MANAGER, REPORT + "?from=%s&to=%s&groupBy=PRODUCT&sort=REVENUE&direction=DESC"
                .formatted(today, today));
        var csv = getAs(Role.MANAGER, REPORT + ".csv?from=%s&to=%s&groupBy=PRODUCT&sort=REVENUE&direction=DESC"
                .formatted(today, today));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        var lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("key,label,quantity,revenue,tax,cost,grossProfit,margin,salesCount");
        var rows = byProduct.body().get("rows");
        assertThat(lines).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            var figures = rows.get(i).get("figures");
            assertThat(lines[i + 1]).startsWith(rows.get(i).get("key").asString() + ",")
                    .endsWith("," + figures.get("quantity").asLong() + "," + figures.get("revenue").asString() + ","
                            + figures.get("tax").asString() + "," + figures.get("cost").asString() + ","
                            + figures.get("grossProfit").asString() + ","
                            + (figures.get("margin").isNull() ? "" : figures.get("margin").asString()) + ","
                            + figures.get("salesCount").asInt());
        }

        assertThat(getAs(Role.SALES, REPORT + "?from=%s&to=%s".formatted(today, today)).status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, REPORT + ".csv?from=%s&to=%s".formatted(today, today)).status()).isEqualTo(403);
        assertThat(fields(getAs(Role.MANAGER, REPORT + "?from=%s&to=%s".formatted(today, today.minusDays(1)))))
                .containsExactly("to");
        assertThat(fields(getAs(Role.MANAGER, REPORT + "?from=%s&to=%s&groupBy=PRODUCT&clerk=sales"
                .formatted(today, today)))).containsExactly("groupBy");
        assertThat(getAs(Role.MANAGER, REPORT + "?from=%s&to=%s&groupBy=YEAR".formatted(today, today)).status())
                .isEqualTo(400);
        assertThat(getAs(Role.MANAGER, REPORT + "?to=%s".formatted(today)).status()).isEqualTo(400);
    }

    /**
     * The same report as a workbook and as a printable document: POI opens the XLSX and PDFBox reads the PDF, and
     * their rows and total are the JSON report's, figure for figure; one product's row is also the test's own sum.
     */
    @Test
    void theSalesReportDownloadsAsAWorkbookAndAPrintableDocumentWithTheSameFigures() throws IOException {
        var soda = product("2200.00", "2000.00");
        receiveAt(soda, 20, "1000");
        completed(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 3}],
                 "payments": [{"method": "CASH", "amount": "6600"}]}""".formatted(soda)));
        var today = LocalDate.parse(getAs(Role.MANAGER, DASHBOARD).body().get("today").asString());
        var oneProduct = "?from=%s&to=%s&groupBy=DAY&productId=%s".formatted(today, today, soda);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> getAs(Role.MANAGER, REPORT + oneProduct).body().get("rows").size() == 1);
        awaitEventsDelivered();

        // one product's day, as a workbook: 3 cans at 2,200 with 20 % tax in, costing 1,000 each
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(Role.MANAGER,
                REPORT + ".xlsx" + oneProduct, XLSX)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Day", "Label", "Quantity", "Revenue", "Tax", "Cost",
                    "Gross profit", "Margin %", "Sales");
            var day = sheet.getRow(1);
            assertThat(day.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today);
            assertThat(day.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(amount(day.getCell(3))).isEqualByComparingTo("5500");
            assertThat(amount(day.getCell(4))).isEqualByComparingTo("1100");
            assertThat(amount(day.getCell(5))).isEqualByComparingTo("3000");
            assertThat(amount(day.getCell(6))).isEqualByComparingTo("2500");
            assertThat(amount(day.getCell(7))).isEqualByComparingTo("45.45");
            assertThat(day.getCell(8).getNumericCellValue()).isEqualTo(1);
            var total = sheet.getRow(2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(amount(total.getCell(3))).isEqualByComparingTo("5500");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        // every product of the day: the workbook's rows and total are the JSON report's
        var byProduct = "?from=%s&to=%s&groupBy=PRODUCT&sort=REVENUE&direction=DESC".formatted(today, today);
        var report = getAs(Role.MANAGER, REPORT + byProduct).body();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(Role.MANAGER,
                REPORT + ".xlsx" + byProduct, XLSX)))) {
            var sheet = workbook.getSheetAt(0);
            var rows = report.get("rows");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(rows.get(i).get("key").asString());
                assertSameFigures(row, rows.get(i).get("figures"));
            }
            var total = sheet.getRow(rows.size() + 1);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total");
            assertSameFigures(total, report.get("total"));
        }

        // the printable document: the day's row and the total, as PDFBox reads them
        var pdf = text(download(Role.MANAGER, REPORT + ".pdf" + oneProduct, "application/pdf"));
        assertThat(pdf).contains("Sales by day").contains(DEMO_COMPANY).contains("product " + soda)
                .contains(today + " 3 5,500.00 1,100.00 3,000.00 2,500.00 45.45 1")
                .contains("Total 3 5,500.00 1,100.00 3,000.00 2,500.00 45.45 1")
                .contains("Page 1 of 1");
        var whole = getAs(Role.MANAGER, REPORT + byProduct).body().get("total");
        assertThat(text(download(Role.MANAGER, REPORT + ".pdf" + byProduct, "application/pdf")))
                .contains("Sales by product")
                .contains("Total " + grouped(whole.get("quantity").asLong()) + " " + grouped(whole.get("revenue"))
                        + " " + grouped(whole.get("tax")) + " " + grouped(whole.get("cost")));

        assertThat(getAs(Role.SALES, REPORT + ".xlsx" + oneProduct).status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, REPORT + ".pdf" + oneProduct).status()).isEqualTo(403);
        assertThat(fields(getAs(Role.MANAGER, REPORT + ".doc" + oneProduct))).containsExactly("format");
        assertThat(fields(getAs(Role.MANAGER, REPORT + ".xlsx?from=%s&to=%s".formatted(today, today.minusDays(1)))))
                .containsExactly("to");
    }

    /**
     * The payments report and what customers owe, through real HTTP, against the test's own sums of the documents
     * sales answered: a sale with several lines, deposits and two payments, partly paid; an unpaid one; a payment on
     * account; a partial return of the first. What the customer owes, aged, is what its account in sales shows.
     */
    @Test
    void paymentsByMethodAndClerkAndWhatCustomersOweAgreeWithTheSalesDocuments() throws IOException {
        var beer = product("3000.00", "2700.00");
        var soda = product("2200.00", "2000.00");
        receiveAt(beer, 50, "1800");
        receiveAt(soda, 50, "1000");
        var bar = customer();
        awaitEventsDelivered();
        var today = getAs(Role.MANAGER, DASHBOARD).body().get("today").asString();
        var paymentsToday = "/api/reporting/payments?from=%s&to=%s".formatted(today, today);
        var before = paymentsByMethodAndTaker(getAs(Role.MANAGER, paymentsToday).body());

        var counter = completed(postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [
                  {"productId": "%s", "quantity": 10}, {"productId": "%s", "quantity": 6}],
                 "payments": [{"method": "CASH", "amount": "15000"}, {"method": "CARD", "amount": "5000"}]}"""
                .formatted(bar, beer, soda)));
        var unpaid = completed(postAs(Role.MANAGER, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "quantity": 4}]}"""
                .formatted(bar, soda)));
        var onAccount = postAs(Role.SALES, "/api/sales/customers/" + bar + "/payments", """
                {"method": "BANK_TRANSFER", "amount": "7000"}""");
        assertThat(onAccount.status()).as(onAccount.raw().body()).isEqualTo(201);
        var returned = postAs(Role.MANAGER, SALES + "/" + counter.get("id").asString() + "/returns", """
                {"lines": [{"lineNo": 2, "quantity": 2}], "reason": "two dented"}""");
        assertThat(returned.status()).as(returned.raw().body()).isEqualTo(201);
        awaitEventsDelivered();

        // payments: what the clerk took by method, as the sales answered them
        var clerk = getAs(Role.SALES, "/api/auth/me").body().get("username").asString();
        var after = paymentsByMethodAndTaker(getAs(Role.MANAGER, paymentsToday).body());
        assertThat(gained(after, before, "CASH " + clerk)).isEqualByComparingTo(
                paidWith(counter, "CASH"));
        assertThat(gained(after, before, "CARD " + clerk)).isEqualByComparingTo(paidWith(counter, "CARD"));
        assertThat(gained(after, before, "BANK_TRANSFER " + clerk)).isEqualByComparingTo("7000");
        var payments = getAs(Role.MANAGER, paymentsToday).body();
        var sum = BigDecimal.ZERO;
        for (var row : payments.get("rows")) {
            sum = sum.add(new BigDecimal(row.get("amount").asString()));
        }
        assertThat(new BigDecimal(payments.get("total").get("amount").asString())).isEqualByComparingTo(sum);

        // owed: the sales' payable less what was paid and the return's credit, all due in 30 days, as the account says
        var expected = money(counter, "payable").add(money(unpaid, "payable")).subtract(paidWith(counter, "CASH"))
                .subtract(paidWith(counter, "CARD")).subtract(new BigDecimal("7000"))
                .subtract(money(returned.body(), "total")).subtract(money(returned.body(), "depositRefund"))
                .add(money(returned.body(), "refund"));
        var account = getAs(Role.MANAGER, "/api/sales/customers/" + bar + "/account").body();
        var owed = getAs(Role.MANAGER, "/api/reporting/owed");
        assertThat(owed.status()).as(owed.raw().body()).isEqualTo(200);
        assertThat(owed.body().get("asOf").asString()).isEqualTo(today);
        var row = owed.body().get("rows").valueStream()
                .filter(candidate -> candidate.get("customerId").asString().equals(bar)).findFirst().orElseThrow();
        assertThat(new BigDecimal(row.get("total").asString())).isEqualByComparingTo(expected)
                .isEqualByComparingTo(account.get("totalOwed").asString());
        assertThat(new BigDecimal(row.get("current").asString()))
                .isEqualByComparingTo(account.get("ageing").get("current").asString()).isEqualByComparingTo(expected);
        for (var late : List.of("days1To30", "days31To60", "days61To90", "over90", "unallocated")) {
            assertThat(new BigDecimal(row.get(late).asString())).as(late).isZero();
        }
        assertThat(row.get("openSales").asInt()).isEqualTo(account.get("openSales").size());

        // the same reports as files, through the sales report's export
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(Role.MANAGER,
                "/api/reporting/owed.xlsx", XLSX)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Customer", "Current", "1-30", "31-60", "61-90",
                    "Over 90", "Unallocated", "Total", "Open sales");
            var found = false;
            for (var cells : sheet) {
                if (bar.equals(cells.getCell(0).getStringCellValue())) {
                    found = true;
                    assertThat(amount(cells.getCell(7))).isEqualByComparingTo(expected);
                }
            }
            assertThat(found).isTrue();
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(amount(total.getCell(7))).isEqualByComparingTo(owed.body().get("total").get("total").asString());
        }
        assertThat(text(download(Role.MANAGER, "/api/reporting/payments.pdf?from=%s&to=%s".formatted(today, today),
                "application/pdf"))).contains("Payments received")
                .contains("Total " + grouped((long) payments.get("total").get("payments").asInt()) + " "
                        + grouped(payments.get("total").get("amount")));
        var csv = getAs(Role.MANAGER, "/api/reporting/payments.csv?from=%s&to=%s".formatted(today, today));
        assertThat(csv.raw().body().split("\r\n")[0]).isEqualTo("method,takenBy,payments,amount");

        for (var path : List.of("/api/reporting/owed", "/api/reporting/owed.xlsx", paymentsToday,
                "/api/reporting/payments.pdf?from=%s&to=%s".formatted(today, today))) {
            assertThat(getAs(Role.SALES, path).status()).as(path).isEqualTo(403);
        }
        assertThat(fields(getAs(Role.MANAGER, "/api/reporting/payments?from=%s&to=%s"
                .formatted(today, LocalDate.parse(today).minusDays(1))))).containsExactly("to");
        assertThat(fields(getAs(Role.MANAGER, "/api/reporting/owed.docx"))).containsExactly("format");
    }

    /** A rebuild from the registry's events gives the figures the listeners built, to the unit; only an admin may. */
    @Test
    void anAdministratorRebuildsTheReadModelsAndTheFiguresStayTheSame() {
        var soda = product("2200.00", "2000.00");
        receiveAt(soda, 5, "900");
        completed(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 1}],
                 "payments": [{"method": "CASH", "amount": "2200"}]}""".formatted(soda)));
        awaitEventsDelivered();
        var fed = getAs(Role.MANAGER, DASHBOARD).body();
        var today = fed.get("today").asString();
        var report = getAs(Role.MANAGER, REPORT + "?from=%s&to=%s&groupBy=PRODUCT".formatted(today, today)).body();

        assertThat(postAs(Role.MANAGER, "/api/reporting/rebuild", "{}").status()).isEqualTo(403);
        var rebuilt = postAs(Role.ADMIN, "/api/reporting/rebuild", "{}");

        assertThat(rebuilt.status()).as(rebuilt.raw().body()).isEqualTo(200);
        assertThat(rebuilt.body().get("salesCompleted").asInt()).isPositive();
        assertThat(getAs(Role.MANAGER, DASHBOARD).body()).isEqualTo(fed);
        assertThat(getAs(Role.MANAGER, REPORT + "?from=%s&to=%s&groupBy=PRODUCT".formatted(today, today)).body())
                .isEqualTo(report);
    }

    @Test
    void aClerkSeesTheirOwnDayWithoutCostAndNeverTheDashboard() {
        assertThat(getAs(Role.SALES, DASHBOARD).status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, DASHBOARD).status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, "/api/reporting/my-day").status()).isEqualTo(403);
        var soda = product("2200.00", "2000.00");
        receiveAt(soda, 5, "900");
        awaitEventsDelivered();
        var before = getAs(Role.SALES, "/api/reporting/my-day").body();

        completed(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 2}],
                 "payments": [{"method": "CARD", "amount": "4400"}]}""".formatted(soda)));

        await().atMost(Duration.ofSeconds(20)).until(() -> getAs(Role.SALES, "/api/reporting/my-day").body()
                .get("salesCount").asInt() == before.get("salesCount").asInt() + 1);
        var day = getAs(Role.SALES, "/api/reporting/my-day");
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.body().get("clerk").asString())
                .isEqualTo(getAs(Role.SALES, "/api/auth/me").body().get("username").asString());
        assertThat(new BigDecimal(day.body().get("revenue").asString())
                .subtract(new BigDecimal(before.get("revenue").asString()))).isEqualByComparingTo("3667");
        assertThat(day.raw().body()).doesNotContainIgnoringCase("cost").doesNotContainIgnoringCase("margin")
                .doesNotContainIgnoringCase("profit");
    }

    private byte[] download(Role role, String path, String contentType) {
        var request = sessionAs(TENANT, role).apply(HttpRequest.newBuilder(uri(path)).GET());
        try {
            var response = BINARY.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static BigDecimal amount(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /** A workbook row's figures (columns 2 to 8) are the JSON report's, the margin empty where it is null. */
    private static void assertSameFigures(Row row, JsonNode figures) {
        assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(figures.get("quantity").asLong());
        assertThat(amount(row.getCell(3))).isEqualByComparingTo(figures.get("revenue").asString());
        assertThat(amount(row.getCell(4))).isEqualByComparingTo(figures.get("tax").asString());
        assertThat(amount(row.getCell(5))).isEqualByComparingTo(figures.get("cost").asString());
        assertThat(amount(row.getCell(6))).isEqualByComparingTo(figures.get("grossProfit").asString());
        if (figures.get("margin").isNull()) {
            assertThat(row.getCell(7)).isNull();
        } else {
            assertThat(amount(row.getCell(7))).isEqualByComparingTo(figures.get("margin").asString());
        }
        assertThat((int) row.getCell(8).getNumericCellValue()).isEqualTo(figures.get("salesCount").asInt());
    }

    private static String grouped(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    private static String grouped(JsonNode amount) {
        return String.format(Locale.ENGLISH, "%,.2f", new BigDecimal(amount.asString()));
    }

    private static java.util.Map<String, BigDecimal> paymentsByMethodAndTaker(JsonNode report) {
        var amounts = new java.util.HashMap<String, BigDecimal>();
        report.get("rows").forEach(row -> amounts.put(row.get("method").asString() + " " + row.get("takenBy").asString(),
                new BigDecimal(row.get("amount").asString())));
        return amounts;
    }

    private static BigDecimal gained(java.util.Map<String, BigDecimal> after, java.util.Map<String, BigDecimal> before,
                                     String key) {
        return after.getOrDefault(key, BigDecimal.ZERO).subtract(before.getOrDefault(key, BigDecimal.ZERO));
    }

    /** What the sale's payments of that method settled (for cash: the amount, the change given back left out). */
    private static BigDecimal paidWith(JsonNode sale, String method) {
        var paid = BigDecimal.ZERO;
        for (var payment : sale.get("payments")) {
            if (payment.get("method").asString().equals(method)) {
                paid = paid.add(new BigDecimal(payment.get("amount").asString()));
            }
        }
        return paid;
    }

    private static JsonNode today(JsonNode dashboard) {
        var period = dashboard.get("periods").get(0);
        assertThat(period.get("period").asString()).isEqualTo("TODAY");
        return period;
    }

    private static BigDecimal gain(JsonNode after, JsonNode before, String figure) {
        return new BigDecimal(after.get("current").get(figure).asString())
                .subtract(new BigDecimal(before.get("current").get(figure).asString()));
    }

    private static BigDecimal money(JsonNode document, String field) {
        return new BigDecimal(document.get(field).asString());
    }

    private static long baseUnits(JsonNode sale, String product) {
        var units = new ArrayList<Long>();
        sale.get("lines").forEach(line -> {
            if (line.get("productId").asString().equals(product)) {
                units.add(line.get("baseUnits").asLong());
            }
        });
        return units.stream().mapToLong(Long::longValue).sum();
    }

    /** The demo tenant counts whole ariary. */
    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private JsonNode completed(Response sale) {
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        assertThat(sale.body().get("state").asString()).isEqualTo("COMPLETED");
        return sale.body();
    }

    /** Nothing published is still on its way, so that the figures read next move only with this test's documents. */
    private void awaitEventsDelivered() {
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) queryTenantDatabase(TENANT,
                "select count(*) from events.event_publication where completion_date is null")).longValue() == 0);
    }

    private void receiveAt(String product, long quantity, String unitCost) {
        var receipt = postAs(Role.WAREHOUSE, "/api/inventory/receipts", """
                {"reference": "D-%s", "lines": [{"productId": "%s", "quantity": %d, "unitCost": "%s"}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), product, quantity, unitCost));
        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(201);
    }

    private String customer() {
        var created = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Bar %s", "priceLevel": "LEVEL_2", "creditLimit": "1000000", "paymentTermsDays": 30}"""
                .formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String product(String level1, String level2) {
        var body = productBody(TENANT, uniqueSku(), "Reporting test " + UUID.randomUUID());
        body.put("baseUnit", "BOTTLE").put("taxClassId", taxClassId(TENANT, "VAT 20"));
        body.putObject("prices").put("LEVEL_1", level1).put("LEVEL_2", level2);
        return createProduct(TENANT, body).get("id").asString();
    }

    private String pack(String product, int units, String level2) {
        var created = post(TENANT, "/api/catalog/products/" + product + "/packs", """
                {"name": "Crate of %d", "unitsPerPack": %d, "prices": {"LEVEL_2": "%s"}}""".formatted(units, units, level2));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var packs = created.body().has("packs") ? created.body().get("packs") : null;
        if (packs != null) {
            return packs.valueStream().filter(pack -> pack.get("unitsPerPack").asInt() == units).findFirst()
                    .orElseThrow().get("id").asString();
        }
        return created.body().get("id").asString();
    }
}
