package io.elif.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The order desk's receipt of a sale made through the API, on screen and printed, at 80 mm and 58 mm. */
class ReceiptBrowserTests extends BrowserTestSupport {

    private static final String TENANT = "demo";
    private static final double CSS_PIXELS_PER_MM = 96 / 25.4;

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES);
    }

    @Test
    void aCounterSalesReceiptShowsItsNumberLinesDepositsAndTotalAndPrintsAloneOnItsRoll() throws IOException {
        var marker = UUID.randomUUID().toString().substring(0, 6);
        var productName = "Bière THB " + marker;
        var customerName = "Gargotte <img src=x onerror=alert(1)> Chez Émile " + marker;
        var sale = counterSale(productName, customerName);
        var number = sale.get("number").asString();
        signInAs(TENANT, "orders", Role.SALES);

        page.navigate(appUrl(TENANT, "orders") + "receipt/" + sale.get("id").asString());

        var receipt = page.getByTestId("receipt");
        assertThat(page.getByTestId("receipt-number")).containsText(number);
        assertThat(page.getByTestId("receipt-title")).hasText("Receipt");
        assertThat(page.getByTestId("receipt-company")).hasText(DEMO_COMPANY);
        assertThat(page.getByTestId("receipt-customer")).containsText(customerName);
        assertThat(receipt.locator("img")).hasCount(0);
        assertThat(page.getByTestId("receipt-line")).hasCount(1);
        assertThat(page.getByTestId("receipt-line")).containsText("3 × " + productName);
        assertThat(page.getByTestId("receipt-line")).containsText("180,000");
        assertThat(page.getByTestId("receipt-line")).containsText("pack of 24 @ 60,000");
        assertThat(page.getByTestId("receipt-total")).containsText("180,000");
        assertThat(page.getByTestId("receipt-tax")).containsText("30,000");
        assertThat(page.getByTestId("receipt-deposit")).containsText("1 paid × 3,000 · 2 exchanged");
        assertThat(page.getByTestId("receipt-deposit-total")).containsText("3,000");
        assertThat(page.getByTestId("receipt-payable")).containsText("183,000");
        assertThat(page.getByTestId("receipt-settlement")).containsText("tendered 200,000");
        assertThat(page.getByTestId("receipt-paid")).containsText("183,000");
        assertThat(page.getByTestId("receipt-change")).containsText("17,000");
        assertThat(page.getByTestId("receipt-owed")).hasCount(0);
        assertThat(receipt.boundingBox().width).isCloseTo(80 * CSS_PIXELS_PER_MM, within(1.5));
        assertPrintedAlone(80, number, productName);

        page.getByTestId("receipt-width").getByText("58 mm").click();
        assertThat(page).hasURL(Pattern.compile("[?&]width=58"));
        assertThat(page.getByTestId("receipt-line")).containsText("180,000");
        assertThat(receipt.boundingBox().width).isCloseTo(58 * CSS_PIXELS_PER_MM, within(1.5));
        assertPrintedAlone(58, number, productName);
    }

    @Test
    void withPrintInTheAddressThePrintDialogOpensOnceAndAReloadDoesNotOpenItAgain() {
        var sale = counterSale("Print beer " + UUID.randomUUID(), "Print bar " + UUID.randomUUID());
        page.addInitScript("window.print = () => { window.printed = (window.printed || 0) + 1 }");
        signInAs(TENANT, "orders", Role.SALES);

        page.navigate(appUrl(TENANT, "orders") + "receipt/" + sale.get("id").asString() + "?print=1&width=58");

        page.waitForFunction("() => window.printed === 1");
        assertThat(page).not().hasURL(Pattern.compile("print=1"));
        assertThat(page).hasURL(Pattern.compile("[?&]width=58"));
        assertThat(page.getByTestId("receipt-number")).containsText(sale.get("number").asString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print")).click();
        page.waitForFunction("() => window.printed === 2");
    }

    /** Printed as Chromium prints it: one roll-wide page holding the receipt and none of the screen's controls. */
    private void assertPrintedAlone(int widthMm, String number, String productName) throws IOException {
        var text = printedSlip(widthMm);
        assertThat(text).contains(number, productName, "180,000", DEMO_COMPANY);
        assertThat(text).doesNotContain("Paper width", "Stock lookup", "Print");
    }

    /**
     * A completed counter sale of 3 crates of 24 carrying a crate each (2 crates exchanged) to a new customer, paid
     * with 200,000 in cash.
     */
    private JsonNode counterSale(String productName, String customerName) {
        var body = productBody(TENANT, uniqueSku(), productName);
        body.put("taxClassId", taxClassId(TENANT, "VAT 20"));
        var beer = createProduct(TENANT, body).get("id").asString();
        var pack = post(TENANT, "/api/catalog/products/" + beer + "/packs",
                "{\"name\": \"Crate of 24\", \"unitsPerPack\": 24, \"prices\": {\"LEVEL_1\": \"60000.00\"}}");
        assertThat(pack.status()).as(pack.raw().body()).isEqualTo(201);
        var crate = pack.body().has("packs")
                ? pack.body().get("packs").valueStream().filter(p -> p.get("unitsPerPack").asInt() == 24).findFirst()
                        .orElseThrow().get("id").asString()
                : pack.body().get("id").asString();
        var container = post(TENANT, "/api/catalog/containers", """
                {"code": "R%s", "name": "Crate %s", "kind": "CRATE", "deposit": "3000.00"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), productName.hashCode()));
        assertThat(container.status()).as(container.raw().body()).isEqualTo(201);
        var crates = container.body().get("id").asString();
        assertThat(put(TENANT, "/api/catalog/products/" + beer + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(crate, crates))
                .status()).isEqualTo(200);
        var receipt = postAs(Role.WAREHOUSE, "/api/inventory/receipts", """
                {"reference": "D-%s", "lines": [{"productId": "%s", "quantity": 100}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), beer));
        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(201);
        var customer = postAs(Role.SALES, "/api/sales/customers",
                JSON.createObjectNode().put("name", customerName).toString());
        assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
        var sale = postAs(Role.SALES, "/api/sales/sales", """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "packId": "%s", "quantity": 3}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 2}],
                 "payments": [{"method": "CASH", "amount": "200000"}]}"""
                .formatted(customer.body().get("id").asString(), beer, crate, crates));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        return sale.body();
    }
}
