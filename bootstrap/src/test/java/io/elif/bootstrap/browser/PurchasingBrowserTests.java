package io.elif.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Purchasing's screens in Chromium against the real API: a manager keeps suppliers and their costs (administration),
 * orders from the reorder suggestions and sends the order (order desk); a storekeeper receives it by scanning.
 */
class PurchasingBrowserTests extends BrowserTestSupport {

    private static final String TENANT = "demo";
    private static final Pattern ORDER_NUMBER = Pattern.compile("PO-\\d{4}-\\d{6}");
    private static final Pattern DELIVERY_NUMBER = Pattern.compile("D-\\d{4}-\\d{6}");

    @Test
    void aManagerRegistersASupplierListsACrateWithItsCostsAndTheSearchSurvivesAReload() {
        var marker = marker("Sup");
        var beer = beer(marker, 0, 0);
        signInAs(TENANT, "admin", Role.MANAGER);

        page.getByTestId("nav-suppliers").click();
        var form = page.getByTestId("new-supplier-form");
        assertThat(form).isVisible();
        form.getByLabel("Code").fill(marker);
        form.getByLabel("Name").fill(marker + " Brasseries");
        form.getByLabel("Payment terms (days)").fill("many");
        click(form, "Create supplier");
        assertThat(form.getByLabel("Payment terms (days)")).hasAttribute("aria-invalid", "true");
        form.getByLabel("Payment terms (days)").fill("45");
        click(form, "Create supplier");
        assertThat(page.getByTestId("new-supplier-form-saved")).containsText(marker + " Brasseries");

        page.getByTestId("supplier-search").fill(marker);
        var row = page.locator("[data-testid=supplier-row][data-code='" + marker + "']");
        assertThat(row).containsText("45 days");
        assertThat(page).hasURL(Pattern.compile("[?&]q=" + marker));
        page.reload();
        assertThat(page.getByTestId("supplier-search")).hasValue(marker);
        assertThat(row).hasCount(1);

        row.getByTestId("supplier-link").click();
        assertThat(page.getByTestId("supplier-title")).containsText(marker + " Brasseries");
        assertThat(page.getByTestId("offers-empty")).isVisible();
        var offer = page.getByTestId("new-offer-form");
        offer.getByTestId("product-picker").fill(marker);
        page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(marker))
                .first().click();
        offer.getByTestId("new-offer-pack").selectOption(beer.crate());
        offer.getByLabel("Their reference").fill("BR-24");
        offer.getByLabel("Agreed cost").fill("48000.123456");
        click(offer, "Add product");
        assertThat(offer.getByLabel("Agreed cost")).hasAttribute("aria-invalid", "true");
        offer.getByLabel("Agreed cost").fill("48000");
        offer.getByLabel("Order multiple").fill("5");
        offer.getByLabel("Preferred supplier of this product").check();
        click(offer, "Add product");
        var listed = page.getByTestId("offer-row");
        assertThat(listed).hasCount(1);
        assertThat(listed).containsText("Pack of 24");
        assertThat(listed).containsText("BR-24");
        assertThat(listed.getByTestId("offer-agreed-cost")).containsText("48,000.00");
        assertThat(listed.getByTestId("offer-preferred")).isVisible();

        listed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true)).click();
        var edit = page.getByTestId("edit-offer-form");
        edit.getByLabel("Agreed cost").fill("47500");
        click(edit, "Save");
        assertThat(edit).hasCount(0);
        assertThat(listed.getByTestId("offer-agreed-cost")).containsText("47,500.00");
        var offers = getAs(Role.MANAGER, "/api/purchasing/suppliers/" + supplierIdOf(marker) + "/products").body();
        Assertions.assertThat(offers.get(0).get("agreedUnitCost").asString()).isEqualTo("47500.0000");
        Assertions.assertThat(offers.get(0).get("orderMultiple").asInt()).isEqualTo(5);
    }

    @Test
    void aManagerOrdersFromTheSuggestionsSendsTheOrderAndFindsItByItsState() {
        var marker = marker("Sug");
        var beer = beer(marker, 50, 200);
        var supplier = supplier(marker);
        offer(supplier, beer, "\"agreedUnitCost\": \"48000\", \"orderMultiple\": 3, \"preferred\": true");
        receive(beer.id(), 60);
        var adjusted = postAs(Role.WAREHOUSE, "/api/inventory/adjustments", """
                {"productId": "%s", "quantity": -30, "reason": "BREAKAGE"}""".formatted(beer.id()));
        Assertions.assertThat(adjusted.status()).as(adjusted.raw().body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> suggested(supplier, beer.id()).isPresent());
        signInAs(TENANT, "orders", Role.MANAGER);

        page.getByTestId("nav-purchase-orders").click();
        assertThat(page.getByTestId("purchase-orders")).isVisible();
        page.getByTestId("purchase-orders-suggestions").click();
        var card = page.locator("[data-testid=reorder-supplier][data-code='" + marker + "']");
        // 200 - 30 = 170 bottles: 8 crates of 24, rounded up to the supplier's multiple of 3
        assertThat(card.getByTestId("reorder-line-packs")).hasText("9 × pack of 24");
        card.getByTestId("reorder-order").click();

        assertThat(page.getByTestId("purchase-order-state")).hasAttribute("data-state", "DRAFT");
        var number = page.getByTestId("purchase-order-number").textContent().strip();
        Assertions.assertThat(number).matches(ORDER_NUMBER);
        var line = page.getByTestId("purchase-order-line");
        assertThat(line.getByTestId("purchase-order-line-amount")).hasText("432,000.00");
        assertThat(page.getByTestId("purchase-order-total")).containsText("518,400.00");
        page.getByTestId("purchase-order-send").click();
        assertThat(page.getByTestId("purchase-order-done")).containsText(number + " sent");
        assertThat(page.getByTestId("purchase-order-state")).hasAttribute("data-state", "SENT");
        assertThat(page.getByTestId("purchase-order-send")).hasCount(0);
        var pdf = page.getByTestId("purchase-order-pdf").getAttribute("href");
        var document = getAs(Role.MANAGER, pdf);
        Assertions.assertThat(document.status()).isEqualTo(200);
        Assertions.assertThat(document.contentType()).startsWith("application/pdf");

        page.getByTestId("nav-purchase-orders").click();
        assertThat(page.getByTestId("purchase-orders")).isVisible();
        page.getByTestId("purchase-orders-state").selectOption("SENT");
        page.getByTestId("purchase-orders-search").fill(marker);
        var row = page.locator("[data-testid=purchase-order-row][data-number='" + number + "']");
        assertThat(row).hasAttribute("data-state", "SENT");
        assertThat(page).hasURL(Pattern.compile("[?&]state=SENT"));
        page.reload();
        assertThat(page.getByTestId("purchase-orders-state")).hasValue("SENT");
        assertThat(row).hasCount(1);
        page.getByTestId("purchase-orders-search").fill("");
        page.getByTestId("purchase-orders-supplier").fill(marker);
        page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(marker))
                .first().click();
        assertThat(page).hasURL(Pattern.compile("[?&]supplier=" + supplier));
        assertThat(page.getByTestId("purchase-order-row")).hasCount(1);
        assertThat(row).hasAttribute("data-state", "SENT");
        page.getByTestId("purchase-orders-state").selectOption("DRAFT");
        assertThat(page.getByTestId("purchase-orders-list-empty")).isVisible();
        Assertions.assertThat(suggested(supplier, beer.id())).isEmpty();
    }

    @Test
    void aStorekeeperReceivesAnOrderInTwoDeliveriesWithLotsByScanningAndCannotTakeMoreThanOrdered() {
        var marker = marker("Rcv");
        var beer = beer(marker, 0, 0);
        var supplier = supplier(marker);
        offer(supplier, beer, "\"agreedUnitCost\": \"48000\"");
        var order = postAs(Role.MANAGER, "/api/purchasing/orders", """
                {"supplierId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 5}]}"""
                .formatted(supplier, beer.id(), beer.crate()));
        Assertions.assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
        var orderId = order.body().get("id").asString();
        var number = order.body().get("number").asString();
        Assertions.assertThat(postAs(Role.MANAGER, "/api/purchasing/orders/" + orderId + "/send", "").status()).isEqualTo(200);
        var bestBefore = LocalDate.now().plusMonths(6).toString();
        signInAs(TENANT, "orders", Role.WAREHOUSE);

        page.getByTestId("nav-receiving").click();
        var row = page.locator("[data-testid=receiving-row][data-number='" + number + "']");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Receive")).click();
        assertThat(page.getByTestId("receive-order-number")).hasText("Receive " + number);
        var line = page.getByTestId("receive-line");
        scan(beer.crateBarcode());
        scan(beer.crateBarcode());
        scan(beer.crateBarcode());
        assertThat(line.getByTestId("receive-line-quantity")).hasValue("3");
        scan(uniqueBarcode());
        assertThat(page.getByTestId("receive-scanned")).containsText("not on this order");
        line.getByTestId("receive-line-lot").fill("L-" + marker + "-1");
        line.getByTestId("receive-line-best-before").fill(bestBefore);
        page.getByTestId("receive-confirm").click();
        assertThat(page.getByTestId("receive-done")).containsText(DELIVERY_NUMBER);
        assertThat(page.getByTestId("receive-order-state")).hasAttribute("data-state", "PARTIALLY_RECEIVED");
        assertThat(line.getByTestId("receive-line-outstanding")).hasText("2");
        assertThat(line.getByTestId("receive-line-quantity")).hasValue("");
        Assertions.assertThat(onHand(beer.id())).isEqualTo(3 * 24);

        // the second delivery: three crates scanned where two are awaited, which only a manager may accept
        scan(beer.crateBarcode());
        scan(beer.crateBarcode());
        scan(beer.crateBarcode());
        assertThat(line.getByTestId("receive-line-quantity")).hasValue("3");
        line.getByTestId("receive-line-lot").fill("L-" + marker + "-2");
        line.getByTestId("receive-line-best-before").fill(bestBefore);
        page.getByTestId("receive-confirm").click();
        assertThat(page.getByTestId("receive-over-delivery")).containsText("More than ordered");
        assertThat(page.getByTestId("receive-override-reason")).hasCount(0);
        Assertions.assertThat(onHand(beer.id())).isEqualTo(3 * 24);
        line.getByTestId("receive-line-quantity").fill("2");
        page.getByTestId("receive-confirm").click();
        assertThat(page.getByTestId("receive-done")).containsText(DELIVERY_NUMBER);
        assertThat(page.getByTestId("receive-closed")).isVisible();
        assertThat(page.getByTestId("receive-order-state")).hasAttribute("data-state", "RECEIVED");

        Assertions.assertThat(onHand(beer.id())).isEqualTo(5 * 24);
        var received = getAs(Role.MANAGER, "/api/purchasing/orders/" + orderId).body();
        Assertions.assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        var deliveries = getAs(Role.WAREHOUSE, "/api/purchasing/deliveries?orderId=" + orderId).body().get("items");
        Assertions.assertThat(deliveries.valueStream().map(delivery -> delivery.get("state").asString()))
                .containsExactly("CONFIRMED", "CONFIRMED");
        Assertions.assertThat(deliveries.valueStream().map(delivery -> delivery.get("lines").get(0).get("lot").asString()))
                .containsExactlyInAnyOrder("L-" + marker + "-1", "L-" + marker + "-2");
        Assertions.assertThat(deliveries.valueStream().map(delivery -> delivery.get("lines").get(0).get("quantity").asInt()))
                .containsExactlyInAnyOrder(3, 2);
    }

    @Test
    void aStorekeeperSendsEmptiesBackToTheSupplierAndTheAccountShowsWhatWeStillHoldAndTheCredit() {
        tillsOpen(Role.SALES);
        var marker = marker("Emp");
        var beer = beer(marker, 0, 0);
        var crates = container(marker, "CRATE", "3000");
        var bottles = container(marker, "BOTTLE", "300");
        var attached = putAs(Role.MANAGER, "/api/catalog/products/" + beer.id() + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1},
                 {"containerTypeId": "%s", "quantity": 24}]}""".formatted(beer.crate(), crates, bottles));
        Assertions.assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        var supplier = supplier(marker);
        offer(supplier, beer, "\"agreedUnitCost\": \"48000\"");
        var order = postAs(Role.MANAGER, "/api/purchasing/orders", """
                {"supplierId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 5}]}"""
                .formatted(supplier, beer.id(), beer.crate())).body().get("id").asString();
        Assertions.assertThat(postAs(Role.MANAGER, "/api/purchasing/orders/" + order + "/send", "").status()).isEqualTo(200);
        var delivery = postAs(Role.WAREHOUSE, "/api/purchasing/deliveries", """
                {"orderId": "%s", "lines": [{"lineNo": 1, "quantity": 5}]}""".formatted(order)).body().get("id").asString();
        Assertions.assertThat(postAs(Role.WAREHOUSE, "/api/purchasing/deliveries/" + delivery + "/confirm", "").status())
                .isEqualTo(200);
        var bar = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "%s bar"}""".formatted(marker)).body().get("id").asString();
        var sale = postAs(Role.SALES, "/api/sales/sales", """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "packId": "%s", "quantity": 3}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 3}, {"containerTypeId": "%s", "exchanged": 72}],
                 "payments": [{"method": "CASH", "amount": "200000"}]}""".formatted(bar, beer.id(), beer.crate(), crates, bottles));
        Assertions.assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        signInAs(TENANT, "orders", Role.WAREHOUSE);

        page.getByTestId("nav-empties-returns").click();
        var picker = page.getByTestId("empties-returns-supplier");
        picker.fill(marker);
        page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(marker))
                .first().click();
        var crateLine = page.locator("[data-testid=empties-return-line][data-code='" + ("C" + marker) + "']");
        assertThat(crateLine.getByTestId("empties-return-standing")).hasText("3");
        var heldCrates = page.locator("[data-testid=supplier-container][data-code='" + ("C" + marker) + "']");
        assertThat(heldCrates.getByTestId("supplier-container-held")).hasText("5");
        crateLine.getByTestId("empties-return-quantity").fill("4");
        page.getByTestId("empties-return-form").getByLabel("Supplier's note").fill("BL-" + marker);
        click(page.getByTestId("empties-return-form"), "Return empties");
        assertThat(crateLine.getByTestId("empties-return-quantity")).hasAttribute("aria-invalid", "true");
        crateLine.getByTestId("empties-return-quantity").fill("2");
        click(page.getByTestId("empties-return-form"), "Return empties");

        assertThat(page.getByTestId("empties-return-done")).containsText("6,000.00");
        assertThat(page.getByTestId("empties-return-done")).containsText("ES-");
        assertThat(heldCrates.getByTestId("supplier-container-held")).hasText("3");
        assertThat(page.getByTestId("supplier-containers-credited")).hasText("6,000.00");
        assertThat(crateLine.getByTestId("empties-return-standing")).hasText("1");
        assertThat(page.getByTestId("supplier-empties-return")).containsText("BL-" + marker);
        assertThat(page).hasURL(Pattern.compile("[?&]supplier=" + supplier));
        page.reload();
        assertThat(heldCrates.getByTestId("supplier-container-held")).hasText("3");
        var empties = getAs(Role.WAREHOUSE, "/api/inventory/empties").body().valueStream()
                .flatMap(warehouse -> warehouse.get("empties").valueStream())
                .filter(count -> count.get("containerTypeId").asString().equals(crates))
                .mapToLong(count -> count.get("quantity").asLong()).sum();
        Assertions.assertThat(empties).isEqualTo(1);
    }

    // --- steps in the browser ---------------------------------------------------------------------------

    /** A scanner types the code into the scan box and presses Enter. */
    private void scan(String code) {
        var box = page.getByTestId("receive-scan");
        box.fill(code);
        box.press("Enter");
        assertThat(box).hasValue("");
        assertThat(page.getByTestId("receive-scanned")).isVisible();
    }

    // --- data through the API -----------------------------------------------------------------------------

    private record Beer(String id, String crate, String crateBarcode) {
    }

    private static String marker(String prefix) {
        return (prefix + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
    }

    /** A lager at VAT 20 % with a crate of 24 carrying a barcode, kept between a minimum and a maximum (0: none). */
    private Beer beer(String marker, int minimum, int maximum) {
        var body = productBody(TENANT, uniqueSku(), marker + " lager").put("taxClassId", taxClassId(TENANT, "VAT 20"));
        if (minimum > 0) {
            body.put("minimumStock", minimum).put("maximumStock", maximum);
        }
        var product = createProduct(TENANT, body);
        var barcode = uniqueBarcode();
        var crate = post(TENANT, "/api/catalog/products/" + product.path("id").asString() + "/packs", """
                {"name": "Crate of 24", "unitsPerPack": 24, "barcode": "%s", "prices": {"LEVEL_1": "60000.00"}}"""
                .formatted(barcode));
        Assertions.assertThat(crate.status()).as(crate.raw().body()).isEqualTo(201);
        var crateId = crate.body().has("packs")
                ? crate.body().get("packs").valueStream().filter(pack -> pack.get("unitsPerPack").asInt() == 24)
                .findFirst().orElseThrow().get("id").asString()
                : crate.body().get("id").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> getAs(Role.WAREHOUSE, "/api/inventory/stock/" + product.path("id").asString()).status() == 200);
        return new Beer(product.path("id").asString(), crateId, barcode);
    }

    /** A supplier whose code is the marker; its id. */
    private String supplier(String marker) {
        var created = postAs(Role.MANAGER, "/api/purchasing/suppliers", """
                {"code": "%s", "name": "%s Brasseries"}""".formatted(marker, marker));
        Assertions.assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void offer(String supplier, Beer beer, String terms) {
        var created = postAs(Role.MANAGER, "/api/purchasing/suppliers/" + supplier + "/products", """
                {"productId": "%s", "packId": "%s", %s}""".formatted(beer.id(), beer.crate(), terms));
        Assertions.assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    }

    /** A container type whose code is its kind's initial and the marker; its id. */
    private String container(String marker, String kind, String deposit) {
        var created = postAs(Role.MANAGER, "/api/catalog/containers", """
                {"code": "%s", "name": "%s %s", "kind": "%s", "deposit": "%s"}""".formatted(kind.charAt(0) + marker,
                marker, kind.toLowerCase(), kind, deposit));
        Assertions.assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String supplierIdOf(String code) {
        var found = getAs(Role.MANAGER, "/api/purchasing/suppliers?q=" + code).body().get("items");
        return found.get(0).get("id").asString();
    }

    private Optional<JsonNode> suggested(String supplier, String product) {
        var suggestions = getAs(Role.MANAGER, "/api/purchasing/reorder-suggestions");
        Assertions.assertThat(suggestions.status()).as(suggestions.raw().body()).isEqualTo(200);
        return suggestions.body().valueStream()
                .filter(entry -> entry.get("supplierId").asString().equals(supplier))
                .flatMap(entry -> entry.get("lines").valueStream())
                .filter(entry -> entry.get("productId").asString().equals(product))
                .findFirst();
    }
}
