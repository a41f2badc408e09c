package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The order desk's counter and orders screens, used by clerks and managers in Chromium against the real API. */
class CounterBrowserTests extends BrowserTestSupport {

    private static final String TENANT = "demo";
    private static final Pattern SALE_NUMBER = Pattern.compile("S-\\d{4}-\\d{6}");

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER, Role.ADMIN);
    }

    @Test
    void aClerkSellsCratesByKeyboardOnlyPaidInCashWithChangeAndTheStockGoesDown() {
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

        var panel = page.getByTestId("payment-panel");
        var amount = panel.getByTestId("payment-amount");
        assertThat(amount).isFocused();
        assertThat(amount).hasValue("180000.00");
        assertThat(panel.getByTestId("payment-payable")).hasText("180,000.00");
        page.keyboard().type("100000"); // less than payable: the walk-in customer pays everything
        assertThat(panel.getByTestId("payment-walk-in")).containsText("80,000.00");
        assertThat(panel.getByTestId("payment-complete")).isDisabled();
        page.keyboard().press("Control+A");
        page.keyboard().type("200000"); // the walk-in customer hands over 200,000 in cash
        assertThat(panel.getByTestId("payment-walk-in")).hasCount(0);
        assertThat(panel.getByTestId("payment-change")).hasText("20,000.00");
        assertThat(panel.getByTestId("payment-remaining")).hasText("0.00");
        page.keyboard().press("Enter");

        var finished = page.getByTestId("counter-finished");
        assertThat(finished).hasAttribute("data-state", "COMPLETED");
        assertThat(page.getByTestId("counter-finished-number")).hasText(SALE_NUMBER);
        assertThat(page.getByTestId("counter-finished-paid")).containsText("180,000.00");
        assertThat(page.getByTestId("counter-finished-change")).containsText("20,000.00");
        assertThat(page.getByTestId("counter-finished-owed")).hasCount(0);
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
        var panel = page.getByTestId("payment-panel");
        assertThat(panel.getByTestId("payment-amount")).hasValue("60000.00");
        assertThat(panel.getByTestId("payment-amount")).isFocused(); // the panel has the keyboard before Alt+2
        page.keyboard().press("Alt+2"); // the driver is paid by card
        assertThat(panel.getByTestId("payment-reference")).isFocused();
        page.keyboard().type("CARD-4711");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("orders-done")).containsText(number + " completed");
        var completed = saleByNumber(number);
        Assertions.assertThat(completed.get("paymentStatus").asString()).isEqualTo("PAID");
        Assertions.assertThat(completed.get("payments").get(0).get("method").asString()).isEqualTo("CARD");
        Assertions.assertThat(completed.get("payments").get(0).get("reference").asString()).isEqualTo("CARD-4711");
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
        assertThat(page.getByTestId("counter-search")).isFocused(); // the counter has loaded and takes the keyboard

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
        assertThat(page.getByTestId("payment-amount")).hasValue("21000.00");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("payment-panel")).hasCount(0);
        assertThat(page.getByTestId("counter-action-error")).containsText(marker + " lager");
        assertThat(page.getByTestId("counter-action-error")).containsText("Only 5");
        assertThat(line.getByTestId("cart-line-shortfall")).containsText("only 5 bottles available");
        assertThat(page.getByTestId("counter-finished")).hasCount(0);
        Assertions.assertThat(stock(beer.id()).path("onHand").asLong()).isEqualTo(5);
    }

    /**
     * DOMAIN.md's worked example by keyboard only: 3 crates of 24 (2 crates and 48 bottles exchanged) and 6 cans for a
     * level-2 customer with credit, 150,000 in cash, 52,200 owed.
     */
    @Test
    void theWorkedExampleByKeyboardLeaves52200OwedAndTheEmptiesEnterTheWarehouse() {
        var marker = marker("Wex");
        var beer = beer(marker, "VAT 20");
        var crates = container(marker, "CRATE", "3000.00");
        var bottles = container(marker, "BOTTLE", "300.00");
        var load = put(TENANT, "/api/catalog/products/" + beer.id() + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1},
                 {"containerTypeId": "%s", "quantity": 24}]}""".formatted(beer.crate(), crates, bottles));
        Assertions.assertThat(load.status()).as(load.raw().body()).isEqualTo(200);
        var sodaBody = productBody(TENANT, uniqueSku(), marker + " soda").put("baseUnit", "CAN")
                .put("taxClassId", taxClassId(TENANT, "VAT 20"));
        sodaBody.putObject("prices").put("LEVEL_1", "2200.00").put("LEVEL_2", "2000.00");
        var soda = createProduct(TENANT, sodaBody).path("id").asString();
        receive(beer.id(), 100);
        receive(soda, 50);
        var customer = post(TENANT, "/api/sales/customers", """
                {"name": "%s bar", "priceLevel": "LEVEL_2", "paymentTermsDays": 30, "creditLimit": "100000.00"}"""
                .formatted(marker));
        Assertions.assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
        var customerId = customer.body().get("id").asString();
        signInAs(TENANT, "orders", Role.SALES);

        var search = page.getByTestId("counter-search");
        assertThat(search).isFocused();
        page.keyboard().type(marker + " lager");
        assertThat(result(beer.crate())).isVisible();
        page.keyboard().press("ArrowDown"); // the bottle first, then its crate
        page.keyboard().press("Enter");
        page.keyboard().press("+");
        page.keyboard().press("+");
        page.keyboard().type(marker + " soda");
        assertThat(page.locator("[data-testid=counter-result][data-product-id='" + soda + "']")).hasCount(1);
        // the results are those of the whole text (a pause in the typing may have searched "<marker> " first, which
        // shows the soda too, and Enter picks only from the results of what is typed)
        assertThat(result(beer.crate())).hasCount(0);
        page.keyboard().press("Enter");
        var lines = page.getByTestId("cart-line");
        assertThat(lines).hasCount(2);
        page.keyboard().press("Tab"); // the current line's quantity
        page.keyboard().type("6");
        page.keyboard().press("Enter");
        assertThat(search).isFocused();
        page.keyboard().press("F2");
        page.keyboard().type(marker + " bar");
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(marker))))
                .isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " bar");
        assertThat(lines.nth(0).getByTestId("cart-line-amount")).hasText("180,000.00");
        assertThat(lines.nth(1).getByTestId("cart-line-amount")).hasText("12,000.00");
        var deposits = page.getByTestId("deposit-line");
        assertThat(deposits).hasCount(2);
        assertThat(deposits.nth(0).getByTestId("deposit-quantity")).hasText("3");
        assertThat(deposits.nth(1).getByTestId("deposit-quantity")).hasText("72");
        assertThat(page.getByTestId("counter-deposit-total")).hasText("30,600.00"); // all consigned

        page.keyboard().press("F4"); // the crates' exchanged box
        page.keyboard().type("2");
        page.keyboard().press("Tab"); // the crates' due
        page.keyboard().press("Tab"); // the bottles' exchanged
        page.keyboard().type("48");
        page.keyboard().press("Enter");
        assertThat(search).isFocused();
        assertThat(deposits.nth(0).getByTestId("deposit-consigned")).hasText("1");
        assertThat(deposits.nth(1).getByTestId("deposit-consigned")).hasText("24");
        assertThat(page.getByTestId("counter-total")).hasText("192,000.00");
        assertThat(page.getByTestId("counter-deposit-total")).hasText("10,200.00");
        assertThat(deposits.nth(0).getByTestId("deposit-amount")).hasText("3,000.00");
        assertThat(deposits.nth(1).getByTestId("deposit-amount")).hasText("7,200.00");
        assertThat(page.getByTestId("counter-payable")).hasText("202,200.00");
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");
        page.reload(); // the choices are part of the cart
        assertThat(deposits.nth(0).getByTestId("deposit-exchanged")).hasValue("2");
        assertThat(deposits.nth(1).getByTestId("deposit-exchanged")).hasValue("48");
        assertThat(page.getByTestId("counter-payable")).hasText("202,200.00");
        assertThat(search).isFocused();

        page.keyboard().press("Control+Enter");
        var panel = page.getByTestId("payment-panel");
        assertThat(panel.getByTestId("payment-amount")).hasValue("202200.00");
        page.keyboard().type("150000");
        assertThat(panel.getByTestId("payment-remaining")).containsText("52,200.00");
        assertThat(panel.getByTestId("payment-change")).hasText("0.00");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("counter-finished")).hasAttribute("data-state", "COMPLETED");
        assertThat(page.getByTestId("counter-finished-paid")).containsText("150,000.00");
        assertThat(page.getByTestId("counter-finished-owed")).containsText("52,200.00");
        assertThat(page.getByTestId("counter-finished-owed")).containsText("due ");
        var number = page.getByTestId("counter-finished-number").textContent().strip();
        var sale = saleByNumber(number);
        Assertions.assertThat(sale.get("owed").asString()).isEqualTo("52200.00");
        assertThat(page.getByTestId("counter-print-receipt"))
                .hasAttribute("href", Pattern.compile("/orders/receipt/" + sale.get("id").asString()));
        var balances = get(TENANT, "/api/sales/customers/" + customerId + "/containers").body().get("balances");
        Assertions.assertThat(balances.valueStream()
                        .map(balance -> balance.get("containerTypeId").asString() + "=" + balance.get("consigned").asLong()
                                + "/" + balance.get("due").asLong()))
                .containsExactlyInAnyOrder(crates + "=1/0", bottles + "=24/0");
        Assertions.assertThat(empties(crates)).isEqualTo(2);
        Assertions.assertThat(empties(bottles)).isEqualTo(48);
    }

    @Test
    void mobileMoneyNeedsItsReferenceAndCashPaysTheRestWithChange() {
        var marker = marker("Mob");
        var beer = beer(marker);
        receive(beer.id(), 30);
        signInAs(TENANT, "orders", Role.SALES);

        addByScan(beer.crateBarcode());
        assertThat(page.getByTestId("counter-payable")).hasText("60,000.00");
        page.keyboard().press("Control+Enter");
        var panel = page.getByTestId("payment-panel");
        assertThat(panel.getByTestId("payment-amount")).isFocused();
        page.keyboard().press("Alt+3");
        var reference = panel.getByTestId("payment-reference");
        assertThat(reference).isFocused();
        page.keyboard().press("Enter");
        assertThat(panel).containsText("Mobile money needs the reference");
        assertThat(panel.getByTestId("payment-complete")).isDisabled();
        assertThat(page.getByTestId("counter-finished")).hasCount(0);
        page.keyboard().type("MP260312.1530.A12345");
        page.keyboard().press("Shift+Tab"); // back to the amount: 40,000 by mobile money, the rest in cash
        page.keyboard().type("40000");
        page.keyboard().press("Alt+A");
        assertThat(panel.getByTestId("payment-entry")).hasCount(1);
        assertThat(panel.getByTestId("payment-amount")).hasValue("20000.00");
        assertThat(panel.getByTestId("payment-amount")).isFocused();
        page.keyboard().type("25000");
        assertThat(panel.getByTestId("payment-change")).hasText("5,000.00");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("counter-finished")).hasAttribute("data-state", "COMPLETED");
        assertThat(page.getByTestId("counter-finished-change")).containsText("5,000.00");
        var sale = saleByNumber(page.getByTestId("counter-finished-number").textContent().strip());
        var mobile = sale.get("payments").get(0);
        Assertions.assertThat(mobile.get("method").asString()).isEqualTo("MOBILE_MONEY");
        Assertions.assertThat(mobile.get("reference").asString()).isEqualTo("MP260312.1530.A12345");
        Assertions.assertThat(mobile.get("amount").asString()).isEqualTo("40000.00");
        var cash = sale.get("payments").get(1);
        Assertions.assertThat(cash.get("method").asString()).isEqualTo("CASH");
        Assertions.assertThat(cash.get("amount").asString()).isEqualTo("20000.00");
        Assertions.assertThat(cash.get("change").asString()).isEqualTo("5000.00");
        Assertions.assertThat(sale.get("paymentStatus").asString()).isEqualTo("PAID");
    }

    @Test
    void overTheCreditLimitAClerkSeesTheFiguresAndAManagerOverridesWithAReason() {
        var marker = marker("Crd");
        var beer = beer(marker);
        receive(beer.id(), 30);
        var customer = post(TENANT, "/api/sales/customers", """
                {"name": "%s kiosk", "paymentTermsDays": 30, "creditLimit": "10000.00"}""".formatted(marker));
        Assertions.assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
        signInAs(TENANT, "orders", Role.SALES);

        addByScan(beer.crateBarcode());
        page.keyboard().press("F2");
        page.keyboard().type(marker + " kiosk");
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(marker))))
                .isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " kiosk");
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");
        page.keyboard().press("Control+Enter");
        var panel = page.getByTestId("payment-panel");
        assertThat(panel.getByTestId("payment-amount")).hasValue("60000.00");
        page.keyboard().type("10000");
        assertThat(panel.getByTestId("payment-remaining")).containsText("50,000.00");
        page.keyboard().press("Enter");

        assertThat(panel.getByTestId("payment-error")).hasAttribute("data-problem", "credit-limit");
        assertThat(panel.getByTestId("payment-credit")).containsText("Limit 10,000.00");
        assertThat(panel.getByTestId("payment-credit")).containsText("over by 40,000.00");
        assertThat(panel.getByTestId("payment-override-reason")).hasCount(0); // a clerk asks a manager
        page.keyboard().press("Escape");
        assertThat(panel).hasCount(0);
        click(page.getByTestId("counter"), "Save as draft");
        var number = page.getByTestId("counter-finished-number").textContent().strip();

        newBrowserSession();
        signInAs(TENANT, "orders", Role.MANAGER);
        page.getByTestId("nav-orders").click();
        page.getByTestId("orders-search").fill(number);
        click(page.locator("[data-testid=order-row][data-number='" + number + "']"), "Open in counter");
        assertThat(page.getByTestId("counter-draft-number")).hasText("Draft " + number);
        assertThat(page.getByTestId("counter-customer-name")).hasText(marker + " kiosk");
        assertThat(page.getByTestId("counter-payable")).hasText("60,000.00");
        page.keyboard().press("Control+Enter");
        var managers = page.getByTestId("payment-panel");
        assertThat(managers.getByTestId("payment-amount")).isFocused();
        page.keyboard().type("10000");
        page.keyboard().press("Enter");
        assertThat(managers.getByTestId("payment-error")).hasAttribute("data-problem", "credit-limit");
        assertThat(managers.getByTestId("payment-complete")).isDisabled();
        managers.getByTestId("payment-override-reason").fill("Regular customer, pays on Friday");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("counter-finished")).hasAttribute("data-state", "COMPLETED");
        assertThat(page.getByTestId("counter-finished-owed")).containsText("50,000.00");
        var sale = saleByNumber(number);
        Assertions.assertThat(sale.get("creditOverride").get("reason").asString())
                .isEqualTo("Regular customer, pays on Friday");
        Assertions.assertThat(sale.get("paid").asString()).isEqualTo("10000.00");
        Assertions.assertThat(sale.get("owed").asString()).isEqualTo("50000.00");
    }

    @Test
    void aQuantityThatDropsTakesTheDepositChoicesDownAndTheWalkInCustomerOwesNoContainers() {
        var marker = marker("Clp");
        var beer = beer(marker);
        var crates = container(marker, "CRATE", "3000.00");
        var load = put(TENANT, "/api/catalog/products/" + beer.id() + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1}]}"""
                .formatted(beer.crate(), crates));
        Assertions.assertThat(load.status()).as(load.raw().body()).isEqualTo(200);
        receive(beer.id(), 100);
        signInAs(TENANT, "orders", Role.SALES);

        addByScan(beer.crateBarcode());
        page.keyboard().press("+");
        page.keyboard().press("+");
        var deposit = page.getByTestId("deposit-line");
        assertThat(deposit.getByTestId("deposit-quantity")).hasText("3");
        assertThat(deposit.getByTestId("deposit-due")).isDisabled();
        page.keyboard().press("F4");
        page.keyboard().type("3");
        assertThat(page.getByTestId("counter-deposit-total")).hasText("0.00");
        page.keyboard().press("Enter");
        page.keyboard().press("-");

        assertThat(deposit.getByTestId("deposit-quantity")).hasText("2");
        assertThat(deposit.getByTestId("deposit-exchanged")).hasValue("2");
        assertThat(page.getByTestId("counter-sync")).hasAttribute("data-synced", "true");
        assertThat(page.getByTestId("counter-sync-error")).hasCount(0);
        assertThat(page.getByTestId("counter-payable")).hasText("120,000.00");
        var draft = page.getByTestId("counter-draft-number").textContent().replace("Draft ", "").strip();
        var stored = saleByNumber(draft).get("deposits").get(0);
        Assertions.assertThat(stored.get("exchanged").asLong()).isEqualTo(2);
        Assertions.assertThat(stored.get("consigned").asLong()).isZero();
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
        return beer(marker, "Standard", "55000.00");
    }

    /** The worked example's lager (tax 20 %): its crate of 24 at 60,000.00 at levels 1 and 2. */
    private Beer beer(String marker, String taxClass) {
        return beer(marker, taxClass, "60000.00");
    }

    private Beer beer(String marker, String taxClass, String crateAtLevel2) {
        var body = productBody(TENANT, uniqueSku(), marker + " lager").put("taxClassId", taxClassId(TENANT, taxClass));
        var product = createProduct(TENANT, body);
        var barcode = uniqueBarcode();
        var crate = post(TENANT, "/api/catalog/products/" + product.path("id").asString() + "/packs", """
                {"name": "Crate of 24", "unitsPerPack": 24, "barcode": "%s",
                 "prices": {"LEVEL_1": "60000.00", "LEVEL_2": "%s"}}""".formatted(barcode, crateAtLevel2));
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

    /** A returnable container type of its own for one test. */
    private String container(String marker, String kind, String deposit) {
        var response = post(TENANT, "/api/catalog/containers", """
                {"code": "%s", "name": "%s %s", "kind": "%s", "deposit": "%s"}""".formatted(
                (kind.charAt(0) + marker).toUpperCase(), marker, kind.toLowerCase(), kind, deposit));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    /** Empties of a container type counted in all warehouses. */
    private long empties(String containerTypeId) {
        return get(TENANT, "/api/inventory/empties").body().valueStream()
                .flatMap(warehouse -> warehouse.get("empties").valueStream())
                .filter(count -> count.get("containerTypeId").asString().equals(containerTypeId))
                .mapToLong(count -> count.get("quantity").asLong())
                .sum();
    }

    private JsonNode saleByNumber(String number) {
        var found = get(TENANT, "/api/sales/sales?number=" + number).body().get("items").get(0);
        return get(TENANT, "/api/sales/sales/" + found.get("id").asString()).body();
    }
}
