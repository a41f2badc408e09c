package io.elif.bootstrap.browser;

import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sales management's sales history, a sale's page and a customer's account, used by a manager in Chromium. */
class SalesManagementBrowserTests extends BrowserTestSupport {

    private static final String SALES = "/api/sales/sales";

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER);
    }

    /** A sale of 10 bottles at 3,500 on credit: the customer pays it on account, then a manager takes 4 back. */
    @Test
    void aCustomerPaysOnAccountThenAManagerReturnsPartOfTheSaleFromItsPage() {
        var beer = product();
        receive(beer, 20);
        var customer = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Account bar %s", "creditLimit": "100000"}""".formatted(UUID.randomUUID())).body();
        var customerId = customer.get("id").asString();
        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "quantity": 10}]}"""
                .formatted(customerId, beer));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var number = sale.body().get("number").asString();
        signInAs("demo", "sales", Role.MANAGER);

        page.navigate(appUrl("demo", "sales") + "customers/" + customerId);
        assertThat(page.getByTestId("account-total-owed")).hasText("35,000.00");
        assertThat(page.getByTestId("ageing-current")).hasText("35,000.00");
        page.getByTestId("account-payment-amount").fill("35000");
        page.getByTestId("account-payment-submit").click();
        assertThat(page.getByTestId("account-total-owed")).hasText("0.00");
        assertThat(page.getByTestId("account-payments")).containsText(number);

        page.navigate(appUrl("demo", "sales") + "history");
        page.getByTestId("sale-search").fill(number);
        assertThat(page.getByTestId("sale-row")).hasCount(1);
        page.getByTestId("sale-link").click();
        assertThat(page.getByTestId("sale-number")).hasText(number);
        assertThat(page.getByTestId("sale-owed")).hasText("0.00");
        page.getByTestId("return-quantity-1").fill("4");
        page.getByTestId("return-reason").fill("four broken");
        page.getByTestId("return-submit").click();
        assertThat(page.getByTestId("return-saved")).containsText("14000.00 refunded");
        assertThat(page.getByTestId("sale-return")).hasCount(1);
        assertThat(page.getByTestId("sale-return")).containsText("4 × ");
        assertThat(onHand(beer)).isEqualTo(14);
    }

    @Test
    void aManagerCancelsAConfirmedOrderFromItsPage() {
        var beer = product();
        receive(beer, 5);
        var order = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 3}]}""".formatted(beer)).body().get("id").asString();
        assertThat(postAs(Role.SALES, SALES + "/" + order + "/confirm", "").status()).isEqualTo(200);
        signInAs("demo", "sales", Role.MANAGER);

        page.navigate(appUrl("demo", "sales") + "history/" + order);
        assertThat(page.getByTestId("sale-state")).hasText("CONFIRMED");
        page.getByTestId("sale-cancel").click();

        assertThat(page.getByTestId("sale-state")).hasText("CANCELLED");
        assertThat(getAs(Role.WAREHOUSE, "/api/inventory/stock/" + beer).body().get("reserved").asLong()).isZero();
    }

    /** A crate exchanged at a counter sale stands in the warehouse's empties, as the storekeeper sees them. */
    @Test
    void theStorekeeperSeesTheEmptiesACustomerExchanged() {
        var beer = product();
        receive(beer, 1);
        var code = "EMPTY" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var crate = postAs(Role.MANAGER, "/api/catalog/containers", """
                {"code": "%s", "name": "Crate %s", "kind": "CRATE", "deposit": "3000"}""".formatted(code, code));
        assertThat(crate.status()).as(crate.raw().body()).isEqualTo(201);
        var crateId = crate.body().get("id").asString();
        assertThat(putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(crateId)).status()).isEqualTo(200);
        var sale = postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 1}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 1}],
                 "payments": [{"method": "CASH", "amount": "3500"}]}""".formatted(beer, crateId));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        signInAs("demo", "admin", Role.WAREHOUSE);

        page.getByTestId("nav-empties").click();

        assertThat(page.locator("[data-testid=empties-row][data-code=" + code + "]")).containsText("Crate " + code);
        assertThat(page.locator("[data-testid=empties-row][data-code=" + code + "]")).containsText("1");
    }

    /** A sale of 10 bottles, then the manager's dashboard: the figures the API answers, the best sellers, a chart. */
    @Test
    void aManagerReadsTheDashboardAndAClerkIsNotOfferedIt() {
        var beer = product();
        receive(beer, 20);
        var sale = postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 10}],
                 "payments": [{"method": "CASH", "amount": "35000"}]}""".formatted(beer));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) queryTenantDatabase("demo",
                "select count(*) from events.event_publication where completion_date is null")).longValue() == 0);
        var dashboard = getAs(Role.MANAGER, "/api/reporting/dashboard").body();
        var month = dashboard.get("periods").get(2);
        signInAs("demo", "sales", Role.MANAGER);

        page.getByTestId("nav-dashboard").click();
        var today = page.getByTestId("period-TODAY");
        assertThat(today.getByTestId("revenue-value")).hasText(money(dashboard.get("periods").get(0)
                .get("current").get("revenue").asString()));
        assertThat(today.getByTestId("sales-count-value"))
                .hasText(dashboard.get("periods").get(0).get("current").get("salesCount").asString());
        assertThat(page.getByTestId("owed-value")).hasText(money(dashboard.get("owed").asString()));
        assertThat(page.getByTestId("top-product").first()).isVisible();
        page.getByTestId("period-choice").getByText("This month").click();
        var thisMonth = page.getByTestId("period-MONTH");
        assertThat(thisMonth.getByTestId("revenue-value")).hasText(money(month.get("current").get("revenue").asString()));
        assertThat(thisMonth.getByTestId("gross-profit-value"))
                .hasText(money(month.get("current").get("grossProfit").asString()));
        assertThat(page.locator(".recharts-bar-rectangle").first()).isVisible();

        newBrowserSession();
        signInAs("demo", "sales", Role.SALES);
        assertThat(page.getByTestId("nav-history")).isVisible();
        assertThat(page.getByTestId("nav-dashboard")).hasCount(0);
    }

    /** As the page shows an amount: thousands grouped, two decimals. */
    private static String money(String amount) {
        var value = new java.math.BigDecimal(amount).setScale(2);
        return String.format(java.util.Locale.US, "%,.2f", value);
    }

    private String product() {
        return createProduct("demo", uniqueSku(), "Managed beer " + UUID.randomUUID()).get("id").asString();
    }

}
