package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The order desk's counter and orders screens, used by clerks and managers in Chromium against the real API. */
class CounterBrowserTests extends BrowserTestSupport {

    private static final String TENANT = "demo";
    private static final Pattern SALE_NUMBER = Pattern.compile("S-\\d{4}-\\d{6}");

    @Test
    void aClerkSellsCratesByKeyboardOnlyAndTheStockGoesDown() {
        var marker = marker("Kbd");
        var beer = beer(marker);
        receive(beer.id(), 100);
        signInAs(TENANT, "orders", Role.SALES);

        var search = page.getByTestId("counter-search");
        assertThat(search).isFocused();
        page.keyboard().type(marker);
        assertThat(result(beer.crate())).isVisible();
        page.keyboard().press("ArrowDown"); // the bottle first, then its crate
        assertThat(result(beer.crate())).hasAttribute("aria-selected", "true");
        page.keyboard().press("Enter");
        var line = page.getByTestId("cart-line");
        assertThat(line).hasCount(1);
        assertThat(search).hasValue("");
        assertThat(search).isFocused();
        page.keyboard().press("+");
        page.keyboard().press("+");
        assertThat(line.getByTestId("cart-line-quantity")).hasValue("3");
        assertThat(line.getByTestId("cart-line-amount")).hasText("180,000.00");
        assertThat(page.getByTestId("counter-total")).hasText("180,000.00");
        assertThat(line.getByTestId("cart-line-available")).containsText("100 bottles available");
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");

        page.keyboard().press("Control+Enter");

        var finished = page.getByTestId("counter-finished");
        assertThat(finished).hasAttribute("data-state", "COMPLETED");
        assertThat(page.getByTestId("counter-finished-number")).hasText(SALE_NUMBER);
        Assertions.assertThat(stock(beer.id()).path("onHand").asLong()).isEqualTo(100 - 72);
        page.keyboard().press("Enter");
        assertThat(finished).hasCount(0);
        assertThat(page.getByTestId("cart-empty")).isVisible();
        assertThat(search).isFocused();
    }

    @Test
    void aPhoneOrderIsConfirmedAtTheCounterThenCompletedFromTheOrdersScreen() {
        var marker = marker("Phn");
        var beer = beer(marker);
        receive(beer.id(), 50);
        signInAs(TENANT, "orders", Role.SALES);

        var tabs = page.getByTestId("category-tabs");
        tabs.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Beer").setExact(true)).click();
        page.keyboard().type(marker);
        assertThat(result(beer.crate())).isVisible();
        page.keyboard().press("Alt+ArrowRight");
        assertThat(tabs.locator("[role=tab][aria-selected=true]")).not().hasText("Beer");
        page.keyboard().press("Escape");
        addByScan(beer.crateBarcode());
        var line = page.getByTestId("cart-line");
        assertThat(line.getByTestId("cart-line-amount")).hasText("60,000.00");
        click(page.getByTestId("counter"), "Phone order");
        var finished = page.getByTestId("counter-finished");
        assertThat(finished).hasAttribute("data-state", "CONFIRMED");
        var number = page.getByTestId("counter-finished-number").textContent().strip();
        Assertions.assertThat(number).matches(SALE_NUMBER);
        Assertions.assertThat(stock(beer.id()).path("reserved").asLong()).isEqualTo(24);
        page.getByTestId("counter-new-sale").click();

        page.getByTestId("nav-orders").click();
        page.getByTestId("orders-state").getByText("Confirmed orders").click();
        var row = page.locator("[data-testid=order-row][data-number='" + number + "']");
        assertThat(row).containsText("60,000.00");
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))).hasCount(0);
        click(row, "Complete");

        assertThat(page.getByTestId("orders-done")).containsText(number + " completed");
        assertThat(row).hasCount(0);
        var after = stock(beer.id());
        Assertions.assertThat(after.path("onHand").asLong()).isEqualTo(50 - 24);
        Assertions.assertThat(after.path("reserved").asLong()).isZero();
    }

    @Test
    void aSavedDraftOpensInTheCounterAgainAndAManagerCancelsIt() {
        var marker = marker("Drf");
        var beer = beer(marker);
        receive(beer.id(), 30);
        signInAs(TENANT, "orders", Role.SALES);

        addByScan(beer.crateBarcode());
        assertThat(page.getByTestId("cart-line").getByTestId("cart-line-amount")).hasText("60,000.00");
        click(page.getByTestId("counter"), "Save as draft");
        assertThat(page.getByTestId("counter-finished")).hasAttribute("data-state", "DRAFT");
        var number = page.getByTestId("counter-finished-number").textContent().strip();
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("cart-empty")).isVisible();

        page.getByTestId("nav-orders").click();
        var row = page.locator("[data-testid=order-row][data-number='" + number + "']");
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))).hasCount(0);
        click(row, "Open in counter");
        assertThat(page.getByTestId("counter-draft-number")).hasText("Draft " + number);
        assertThat(page.getByTestId("cart-line").getByTestId("cart-line-quantity")).hasValue("1");

        newBrowserSession();
        signInAs(TENANT, "orders", Role.MANAGER);
        page.getByTestId("nav-orders").click();
        page.getByTestId("orders-search").fill(number);
        var managersRow = page.locator("[data-testid=order-row][data-number='" + number + "']");
        click(managersRow, "Cancel");
        assertThat(page.getByTestId("orders-done")).containsText(number + " cancelled");
        assertThat(managersRow).hasCount(0);
        Assertions.assertThat(stock(beer.id()).path("onHand").asLong()).isEqualTo(30);
    }

    @Test
    void aReloadKeepsTheCartAndItsCustomer() {
        var marker = marker("Rld");
        var beer = beer(marker);
        receive(beer.id(), 40);
        var bar = post(TENANT, "/api/sales/customers", """
                {"name": "%s bar", "phone": "+261 34 55 666 77", "priceLevel": "LEVEL_2"}""".formatted(marker));
        Assertions.assertThat(bar.status()).as(bar.raw().body()).isEqualTo(201);
        signInAs(TENANT, "orders", Role.SALES);

        addByScan(beer.crateBarcode());
        var line = page.getByTestId("cart-line");
        line.getByTestId("cart-line-quantity").fill("2");
        assertThat(line.getByTestId("cart-line-amount")).hasText("120,000.00");
        var customerSearch = page.getByTestId("counter-customer-search");
        customerSearch.fill(marker);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(marker)))
                .click();
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " bar");
        assertThat(line.getByTestId("cart-line-amount")).hasText("110,000.00"); // the crate at level 2
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");
        var draftNumber = page.getByTestId("counter-draft-number").textContent();

        page.reload();

        assertThat(page.getByTestId("cart-line")).hasCount(1);
        assertThat(line.getByTestId("cart-line-quantity")).hasValue("2");
        assertThat(line.getByTestId("cart-line-amount")).hasText("110,000.00");
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " bar");
        assertThat(page.getByTestId("counter-draft-number")).hasText(draftNumber);
    }

    @Test
    void aShortfallNamesTheProductAndWhatIsAvailableForACustomerCreatedAtTheCounter() {
        var marker = marker("Sht");
        var beer = beer(marker);
        receive(beer.id(), 5);
        signInAs(TENANT, "orders", Role.SALES);

        page.keyboard().type(marker);
        assertThat(result(beer.crate())).isVisible();
        page.keyboard().press("Enter"); // the bottle
        var line = page.getByTestId("cart-line");
        line.getByTestId("cart-line-quantity").fill("6");
        assertThat(line.getByTestId("cart-line-available")).hasAttribute("data-short", "true");
        assertThat(line.getByTestId("cart-line-amount")).hasText("21,000.00");
        click(page.getByTestId("counter-customer"), "New customer");
        var form = page.getByTestId("quick-customer-form");
        form.getByLabel("Name").fill(marker + " shop");
        form.getByLabel("Phone").fill("+261 32 11 222 33");
        click(form, "Create and sell to");
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " shop");
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");
        var draft = page.getByTestId("counter-draft-number").textContent().replace("Draft ", "").strip();
        var stored = get(TENANT, "/api/sales/sales?number=" + draft).body().get("items").get(0);
        Assertions.assertThat(stored.get("customerName").asString()).isEqualTo(marker + " shop");
        page.getByTestId("counter-complete").click();

        assertThat(page.getByTestId("counter-action-error")).containsText(marker + " lager");
        assertThat(page.getByTestId("counter-action-error")).containsText("Only 5");
        assertThat(line.getByTestId("cart-line-shortfall")).containsText("only 5 bottles available");
        assertThat(page.getByTestId("counter-finished")).hasCount(0);
        Assertions.assertThat(stock(beer.id()).path("onHand").asLong()).isEqualTo(5);
    }

    // --- the screen ---------------------------------------------------------------------------------------

    private Locator result(String packId) {
        return page.locator("[data-testid=counter-result][data-pack-id='" + packId + "']");
    }

    /** A scanner types the code into the search box and presses Enter. */
    private void addByScan(String barcode) {
        var search = page.getByTestId("counter-search");
        assertThat(search).isFocused();
        page.keyboard().type(barcode);
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("cart-line")).hasCount(1);
    }

    // --- data through the API, as the administrator -------------------------------------------------------

    private record Beer(String id, String crate, String crateBarcode) {
    }

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A lager by the bottle (3,500.00 at level 1) and by the crate of 24 (60,000.00 at level 1, 55,000.00 at level 2). */
    private Beer beer(String marker) {
        var product = createProduct(TENANT, productBody(TENANT, uniqueSku(), marker + " lager"));
        var barcode = uniqueBarcode();
        var crate = post(TENANT, "/api/catalog/products/" + product.path("id").asString() + "/packs", """
                {"name": "Crate of 24", "unitsPerPack": 24, "barcode": "%s",
                 "prices": {"LEVEL_1": "60000.00", "LEVEL_2": "55000.00"}}""".formatted(barcode));
        Assertions.assertThat(crate.status()).as(crate.raw().body()).isEqualTo(201);
        var crateId = crate.body().has("packs")
                ? crate.body().get("packs").valueStream().filter(pack -> pack.get("unitsPerPack").asInt() == 24)
                .findFirst().orElseThrow().get("id").asString()
                : crate.body().get("id").asString();
        return new Beer(product.path("id").asString(), crateId, barcode);
    }

    private void receive(String productId, int quantity) {
        var response = post(TENANT, "/api/inventory/receipts", """
                {"reference": "TEST", "lines": [{"productId": "%s", "quantity": %d}]}""".formatted(productId, quantity));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    }

    private JsonNode stock(String productId) {
        return sendAs(adminOf(TENANT), HttpRequest.newBuilder(uri("/api/inventory/stock/" + productId)).GET()).body();
    }
}
