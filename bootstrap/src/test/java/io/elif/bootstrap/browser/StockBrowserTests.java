package io.elif.bootstrap.browser;

import io.elif.inventory.domain.Stocktake;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.elif.identity.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The stock screens (administration and order desk) used end to end by storekeepers, managers and clerks. */
class StockBrowserTests extends BrowserTestSupport {

    private static final String TENANT = "demo";

    @Test
    void aStorekeeperReceivesGoodsWithALotAndSeesItInTheProductsBalances() {
        var marker = marker("Rcv");
        var product = product(marker + " lager", 0);
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-receipts").click();

        var form = page.getByTestId("receipt-form");
        form.getByLabel("Into location").selectOption(locationId("MAIN", "BACK"));
        form.getByLabel("Reference").fill("DN-" + marker);
        var line = form.getByTestId("receipt-line").first();
        pickProduct(line, marker);
        line.getByLabel("Quantity").fill("48");
        line.getByLabel("Lot").fill("L-" + marker);
        line.getByLabel("Best before").fill("2031-06-30");
        assertThat(line.getByLabel("Unit cost")).hasCount(0);
        click(form, "Book receipt");
        assertThat(page.getByTestId("receipt-booked")).isVisible();

        openProductStock(marker);
        var balance = page.getByTestId("balance-row").filter(new Locator.FilterOptions().setHasText("L-" + marker));
        assertThat(balance).containsText("BACK");
        assertThat(balance).containsText("2031-06-30");
        assertThat(balance).containsText("48");
        assertThat(balance).hasAttribute("data-expired", "false");
        assertThat(page.getByTestId("movement-row").first()).containsText("warehouse_user");
    }

    @Test
    void aStorekeeperTransfersBetweenTwoWarehousesAndReceivesTheTransfer() {
        var marker = marker("Trf");
        var product = product(marker + " cola", 0);
        receive(locationId("MAIN", "BACK"), product, 30);
        var branch = createWarehouse("B" + marker.toUpperCase());
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-transfers").click();

        var form = page.getByTestId("transfer-form");
        form.getByLabel("From location").selectOption(locationId("MAIN", "BACK"));
        form.getByLabel("To location").selectOption(branch.path("locations").get(0).path("id").asString());
        var line = form.getByTestId("transfer-line").first();
        pickProduct(line, marker);
        line.getByLabel("Quantity").fill("12");
        click(form, "Send transfer");
        assertThat(page.getByTestId("transfer-created")).containsText("in transit");

        var inTransit = page.getByTestId("transfer-row").filter(new Locator.FilterOptions().setHasText(marker));
        assertThat(inTransit).hasAttribute("data-state", "IN_TRANSIT");
        click(inTransit, "Receive");
        assertThat(inTransit).hasCount(0);
        page.getByTestId("transfer-state").getByText("Received").click();
        assertThat(page.getByTestId("transfer-row").filter(new Locator.FilterOptions().setHasText(marker)))
                .hasAttribute("data-state", "RECEIVED");

        openProductStock(marker);
        assertThat(page.getByTestId("balance-row").filter(new Locator.FilterOptions().setHasText(branch.path("code").asString())))
                .containsText("12");
        assertThat(page.getByTestId("movement-row").filter(new Locator.FilterOptions().setHasText("Transfer in"))).hasCount(1);
    }

    @Test
    void aBlindStocktakeIsCountedBySubmittedAndApprovedByAManagerIntoTheLedger() {
        var marker = marker("Cnt");
        var counted = product(marker + " tonic", 0);
        var found = product(marker + " soda", 0);
        var shelf = createWarehouse("C" + marker.toUpperCase());
        var shelfLocation = shelf.path("locations").get(0).path("id").asString();
        receive(shelfLocation, counted, 20);

        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-stocktakes").click();
        var start = page.getByTestId("start-stocktake-form");
        start.getByLabel("Location").selectOption(shelfLocation);
        assertThat(start.getByLabel("Blind count (hide expected quantities)")).isChecked();
        click(start, "Start stocktake");

        var line = stocktakeLine(counted);
        assertThat(line.getByTestId("stocktake-expected")).hasText("hidden");
        line.getByLabel("Counted " + counted.path("sku").asString()).fill("17");
        var foundForm = page.getByTestId("found-product-form");
        pickProduct(foundForm, marker + " soda");
        foundForm.getByLabel("Counted").fill("5");
        click(foundForm, "Add to sheet");
        assertThat(stocktakeLine(found)).isVisible();
        page.getByTestId("stocktake-submit").click();

        assertThat(page.getByTestId("stocktake-state").first()).hasText("Submitted");
        assertThat(stocktakeLine(counted).getByTestId("stocktake-variance")).hasText("-3");
        assertThat(stocktakeLine(found).getByTestId("stocktake-variance")).hasText("+5");
        assertThat(page.getByTestId("stocktake-approve")).hasCount(0);
        var sheetUrl = page.url();
        var stocktakeId = sheetUrl.substring(sheetUrl.lastIndexOf('/') + 1);
        Assertions.assertThat(sendAs(sessionAs(TENANT, Role.WAREHOUSE),
                jsonRequest("/api/inventory/stocktakes/" + stocktakeId + "/approve", "POST", "")).status()).isEqualTo(403);

        newBrowserSession();
        signInAs(TENANT, "admin", Role.MANAGER);
        page.navigate(sheetUrl);
        page.getByTestId("stocktake-approve").click();
        assertThat(page.getByTestId("stocktake-state").first()).hasText("Approved");

        openProductStock(marker + " tonic");
        var variance = page.getByTestId("movement-row").filter(new Locator.FilterOptions().setHasText("Stocktake"));
        assertThat(variance).hasCount(1);
        assertThat(variance).containsText("-3");
        assertThat(page.getByTestId("stock-level")).containsText("On hand 17");
    }

    @Test
    void theLowStockListShowsAProductUnderItsMinimum() {
        var marker = marker("Low");
        var product = product(marker + " water", 10);
        receive(locationId("MAIN", "BACK"), product, 4);
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-low-stock").click();

        var row = page.locator("[data-testid=low-stock-row][data-product-id='" + product.path("id").asString() + "']");
        assertThat(row).hasAttribute("data-status", "LOW");
        assertThat(row).containsText(marker + " water");
        assertThat(row.getByTestId("stock-status")).hasText("Low");
    }

    @Test
    void aSalesClerkScansAPackBarcodeAndSeesAvailabilityPerPack() {
        var marker = marker("Pck");
        var product = product(marker + " beer", 0);
        var crateBarcode = uniqueBarcode();
        var crate = post(TENANT, "/api/catalog/products/" + product.path("id").asString() + "/packs",
                "{\"name\":\"Crate of 24\",\"unitsPerPack\":24,\"barcode\":\"%s\"}".formatted(crateBarcode));
        Assertions.assertThat(crate.status()).as(crate.raw().body()).isEqualTo(201);
        receive(locationId("MAIN", "BACK"), product, 75);

        signInAs(TENANT, "orders", Role.SALES);
        page.getByTestId("nav-stock-lookup").click();
        var search = page.getByTestId("stock-lookup-input");
        search.fill(crateBarcode);
        search.press("Enter");

        var result = page.getByTestId("stock-lookup-result");
        assertThat(result).hasCount(1);
        assertThat(result).containsText(marker + " beer");
        assertThat(result.getByTestId("scanned-pack")).containsText("Crate of 24");
        var main = result.locator("[data-testid=availability-row][data-warehouse=MAIN]");
        assertThat(main.getByTestId("unit-availability")).hasText("75");
        var crates = main.locator("[data-testid=pack-availability][data-highlighted=true]");
        assertThat(crates).containsText("3");
        assertThat(crates).containsText("+ 3 bottles");

        // What was looked up is in the address: a reload (or the link, shared) shows it again.
        page.reload();
        assertThat(search).hasValue(crateBarcode);
        assertThat(result).hasCount(1);
        assertThat(result.getByTestId("scanned-pack")).containsText("Crate of 24");

        // So is a search by name, typed.
        search.fill(marker + " beer");
        assertThat(page).hasURL(Pattern.compile("[?&]q=" + marker + "\\+beer"));
        assertThat(result.getByTestId("scanned-pack")).hasCount(0);
        page.reload();
        assertThat(search).hasValue(marker + " beer");
        assertThat(result).hasCount(1);
        assertThat(result).containsText(marker + " beer");
    }

    @Test
    void anInvalidQuantityShowsTheServersErrorNextToTheField() {
        var marker = marker("Bad");
        var product = product(marker + " juice", 0);
        var refused = post(TENANT, "/api/inventory/receipts", """
                {"locationId":"%s","reference":"X","lines":[{"productId":"%s","quantity":0}]}
                """.formatted(locationId("MAIN", "BACK"), product.path("id").asString()));
        Assertions.assertThat(refused.status()).isEqualTo(400);
        var serverMessage = refused.body().path("errors").get(0).path("message").asString();
        Assertions.assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("lines[0].quantity");

        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-receipts").click();
        var form = page.getByTestId("receipt-form");
        form.getByLabel("Into location").selectOption(locationId("MAIN", "BACK"));
        form.getByLabel("Reference").fill("DN-" + marker);
        var line = form.getByTestId("receipt-line").first();
        pickProduct(line, marker);
        line.getByLabel("Quantity").fill("0");
        click(form, "Book receipt");

        assertThat(line.getByLabel("Quantity")).hasAttribute("aria-invalid", "true");
        assertThat(line).containsText(serverMessage);
        assertThat(page.getByTestId("receipt-booked")).hasCount(0);
    }

    @Test
    void aStorekeeperOpensACrateIntoTwentyFourBottlesAndSeesBothLevels() {
        var marker = marker("Brk");
        var crate = product(marker + " crate", 0);
        product(marker + " bottle", 0);
        receive(locationId("MAIN", "BACK"), crate, 2);
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-break-bulk").click();

        var form = page.getByTestId("break-bulk-form");
        form.getByLabel("At location").selectOption(locationId("MAIN", "BACK"));
        pickFrom(form.getByLabel("Open (source product)"), marker + " crate");
        form.getByLabel("How many to open").fill("1");
        pickFrom(form.getByLabel("Into (target product)"), marker + " bottle");
        form.getByLabel("Units per source").fill("24");
        assertThat(form).containsText("Opens 1 × " + marker + " crate into 24 × " + marker + " bottle.");
        click(form, "Break bulk");

        var done = page.getByTestId("break-bulk-done");
        assertThat(done).containsText(marker + " crate on hand now 1");
        assertThat(done).containsText(marker + " bottle on hand now 24");
        page.getByTestId("nav-stock").click();
        page.getByTestId("stock-search").fill(marker);
        assertThat(overviewRow(marker + " bottle").locator("td").nth(2)).hasText("24");
        assertThat(overviewRow(marker + " crate").locator("td").nth(2)).hasText("1");
    }

    @Test
    void theNearExpiryListShowsALotExpiringSoonAndHighlightsAnExpiredOne() {
        var marker = marker("Exp");
        var product = product(marker + " milk", 0);
        var soon = LocalDate.now().plusDays(5);
        var past = LocalDate.now().minusDays(3);
        var response = post(TENANT, "/api/inventory/receipts", """
                {"locationId":"%s","reference":"TEST","lines":[
                  {"productId":"%s","quantity":6,"lot":"SOON-%s","bestBefore":"%s"},
                  {"productId":"%s","quantity":4,"lot":"GONE-%s","bestBefore":"%s"}]}
                """.formatted(locationId("MAIN", "BACK"), product.path("id").asString(), marker, soon,
                product.path("id").asString(), marker, soon.plusDays(1)));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        // expired goods are not received: the GONE lot ages in the database instead, as if days had passed
        queryTenantDatabase(TENANT, """
                with lot as (update inventory.lot set best_before = ? where product_id = ? and code = ? returning 1)
                update inventory.stock_balance set best_before = ? where product_id = ? and lot = ? returning 1
                """, past, UUID.fromString(product.path("id").asString()), "GONE-" + marker,
                past, UUID.fromString(product.path("id").asString()), "GONE-" + marker);
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-near-expiry").click();

        var rows = page.getByTestId("near-expiry-row").filter(new Locator.FilterOptions().setHasText(marker + " milk"));
        assertThat(rows).hasCount(2);
        var expired = rows.filter(new Locator.FilterOptions().setHasText("GONE-" + marker));
        var expiring = rows.filter(new Locator.FilterOptions().setHasText("SOON-" + marker));
        assertThat(rows.first()).containsText("GONE-" + marker);
        assertThat(expired).hasAttribute("data-expired", "true");
        assertThat(expired).containsText(past.toString());
        assertThat(expired).containsText("Expired");
        assertThat(expiring).hasAttribute("data-expired", "false");
        assertThat(expiring).containsText(soon.toString());
        assertThat(expiring.locator("td").nth(1)).hasText("5");
        assertThat(expiring).not().containsText("Expired");
        Assertions.assertThat(backgroundOf(expired)).isNotEqualTo(backgroundOf(expiring));
    }

    @Test
    void aManagerSeesTheStockValuePerWarehouseInTheTenantsCurrencyWithTwoDecimals() {
        var marker = marker("Val");
        var product = product(marker + " rum", 0);
        var depot = createWarehouse("V" + marker.toUpperCase());
        var response = post(TENANT, "/api/inventory/receipts", """
                {"locationId":"%s","reference":"TEST","lines":[{"productId":"%s","quantity":10,"unitCost":"1800.00"}]}
                """.formatted(depot.path("locations").get(0).path("id").asString(), product.path("id").asString()));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        var value = get(TENANT, "/api/inventory/stock/value").body();
        Assertions.assertThat(value.path("currency").asString()).isEqualTo("MGA");
        signInAs(TENANT, "admin", Role.MANAGER);
        page.getByTestId("nav-stock-value").click();

        assertThat(page.getByTestId("stock-value-currency")).hasAttribute("data-currency", "MGA");
        assertThat(page.getByTestId("stock-value-currency")).containsText("Amounts in MGA");
        var row = page.locator("[data-testid=stock-value-row][data-warehouse='" + depot.path("code").asString() + "']");
        assertThat(row.getByTestId("at-cost")).hasText("18,000.00");
        assertThat(row.getByTestId("at-retail")).hasText("35,000.00");
        var money = Pattern.compile("^\\d{1,3}(,\\d{3})*\\.\\d{2}$");
        assertThat(page.getByTestId("stock-value-total").getByTestId("at-cost")).hasText(money);
        assertThat(page.getByTestId("stock-value-total").getByTestId("at-retail")).hasText(money);
        for (var cell : page.getByTestId("stock-value-row").getByTestId("at-cost").all()) {
            assertThat(cell).hasText(money);
        }
    }

    @Test
    void aManagerCreatesAWarehouseAddsALocationAllowsNegativeStockAndSeesTheConflictOfADuplicateCode() {
        var code = "W" + marker("").toUpperCase();
        signInAs(TENANT, "admin", Role.MANAGER);
        page.getByTestId("nav-warehouses").click();

        var form = page.getByTestId("new-warehouse-form");
        form.getByLabel("Code").fill(code);
        form.getByLabel("Name").fill("Depot " + code);
        click(form, "Create warehouse");
        assertThat(page.getByTestId("new-warehouse-created")).containsText("Warehouse " + code + " created");

        var card = page.locator("[data-testid=warehouse-card][data-code='" + code + "']");
        assertThat(card.locator("[data-testid=location-row][data-code=MAIN]")).isVisible();
        var newLocation = card.getByTestId("new-location-form");
        newLocation.getByLabel("Location code").fill("BIN1");
        newLocation.getByLabel("Location name").fill("Bin one");
        click(newLocation, "Add location");
        assertThat(card.locator("[data-testid=location-row][data-code=BIN1]")).containsText("Bin one");
        var allowNegative = card.getByLabel("Allow negative stock");
        assertThat(allowNegative).not().isChecked();
        allowNegative.click();
        assertThat(allowNegative).isChecked();
        var saved = warehouse(code);
        Assertions.assertThat(saved.path("allowNegativeStock").asBoolean()).isTrue();
        Assertions.assertThat(saved.path("locations").valueStream().map(location -> location.path("code").asString()))
                .contains("MAIN", "BIN1");

        var duplicate = post(TENANT, "/api/inventory/warehouses", """
                {"code":"%s","name":"Again","allowNegativeStock":false}
                """.formatted(code));
        Assertions.assertThat(duplicate.status()).isEqualTo(409);
        form.getByLabel("Code").fill(code);
        form.getByLabel("Name").fill("Again");
        click(form, "Create warehouse");
        assertThat(page.getByTestId("new-warehouse-error")).containsText(duplicate.body().path("detail").asString());
        assertThat(page.locator("[data-testid=warehouse-card][data-code='" + code + "']")).hasCount(1);
    }

    @Test
    void theStockOverviewSortsByAvailableDescending() {
        var marker = marker("Srt");
        receive(locationId("MAIN", "BACK"), product(marker + " small", 0), 5);
        receive(locationId("MAIN", "BACK"), product(marker + " big", 0), 40);
        receive(locationId("MAIN", "BACK"), product(marker + " middle", 0), 12);
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        page.getByTestId("nav-stock").click();
        page.getByTestId("stock-search").fill(marker);
        var rows = page.getByTestId("stock-row");
        assertThat(rows).hasCount(3);

        // the column header says how the table is sorted (ARIA allows aria-sort there, not on its button)
        var availableHeader = page.getByRole(AriaRole.COLUMNHEADER).filter(
                new Locator.FilterOptions().setHas(page.getByTestId("sort-available")));
        page.getByTestId("sort-available").click();
        assertThat(availableHeader).hasAttribute("aria-sort", "ascending");
        assertThat(rows).containsText(new String[] {marker + " small", marker + " middle", marker + " big"});
        page.getByTestId("sort-available").click();
        assertThat(availableHeader).hasAttribute("aria-sort", "descending");
        assertThat(rows).containsText(new String[] {marker + " big", marker + " middle", marker + " small"});
    }

    @Test
    void aManagerRunsTheBooksCheckAndSeesBooksMadeToDisagreeOnPurposeWhileAStorekeeperCannot() {
        var marker = marker("Chk");
        var product = product(marker + " gin", 0);
        var productId = UUID.fromString(product.path("id").asString());
        var back = locationId("MAIN", "BACK");
        receive(back, product, 10);
        signInAs(TENANT, "admin", Role.MANAGER);
        page.getByTestId("nav-stock-consistency").click();
        var run = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the check"));

        run.click();
        assertThat(page.getByTestId("consistency-ok"))
                .containsText("The books agree: every balance equals its ledger and its reservations");
        assertThat(page.getByTestId("discrepancy-row")).hasCount(0);

        // One more bottle on the balance than its ledger and the product's card say: books no command can produce.
        var unbalanced = "update inventory.stock_balance set on_hand = on_hand %s 1 where product_id = ? and location_id = ?"
                + " returning on_hand";
        var onHand = queryTenantDatabase(TENANT, unbalanced.formatted("+"), productId, UUID.fromString(back));
        try {
            Assertions.assertThat(onHand).isEqualTo(11L);
            run.click();
            var row = "[data-testid=discrepancy-row][data-product-id='" + productId + "']";
            var rows = page.locator(row);
            assertThat(rows).hasCount(2);
            var balance = page.locator(row + "[data-location-id='" + back + "']");
            assertThat(balance).containsText(marker + " gin");
            assertThat(balance).containsText("MAIN / BACK");
            assertThat(balance.getByTestId("discrepancy-on-hand")).hasText("11");
            assertThat(balance.getByTestId("discrepancy-on-hand-expected")).hasText("10");
            assertThat(balance.getByTestId("discrepancy-reserved")).hasText("0");
            var total = page.locator(row + "[data-location-id='']");
            assertThat(total).containsText(marker + " gin");
            assertThat(total).containsText("product total");
            assertThat(total.getByTestId("discrepancy-on-hand")).hasText("10");
            assertThat(total.getByTestId("discrepancy-on-hand-expected")).hasText("11");
            assertThat(page.getByTestId("consistency-problems")).containsText("tell your operator or support");
            assertThat(page.getByTestId("consistency-ok")).hasCount(0);
        } finally {
            queryTenantDatabase(TENANT, unbalanced.formatted("-"), productId, UUID.fromString(back));
        }
        Assertions.assertThat(get(TENANT, "/api/inventory/stock/consistency").body().path("consistent").asBoolean()).isTrue();

        newBrowserSession();
        signInAs(TENANT, "admin", Role.WAREHOUSE);
        assertThat(page.getByTestId("nav-stock")).isVisible();
        assertThat(page.getByTestId("nav-stock-consistency")).hasCount(0);
        page.navigate(appUrl(TENANT, "admin") + "stock-consistency");
        assertThat(page.getByTestId("forbidden")).isVisible();
        Assertions.assertThat(sendAs(sessionAs(TENANT, Role.WAREHOUSE),
                HttpRequest.newBuilder(uri("/api/inventory/stock/consistency")).GET()).status()).isEqualTo(403);
    }

    // --- steps in the browser ---------------------------------------------------------------------------

    /** Types into the product picker inside `scope` and picks the option naming the product. */
    private void pickProduct(Locator scope, String name) {
        pickFrom(scope.getByTestId("product-picker"), name);
    }

    /** Types into this product picker and picks the option naming the product. */
    private void pickFrom(Locator picker, String name) {
        picker.fill(name);
        // The picker's options, not the <option>s of the location selects.
        page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(name)).first().click();
    }

    private Locator overviewRow(String name) {
        return page.getByTestId("stock-row").filter(new Locator.FilterOptions().setHasText(name));
    }

    private static String backgroundOf(Locator element) {
        return (String) element.evaluate("element => getComputedStyle(element).backgroundColor");
    }

    /** From the administration's stock overview, opens the product's stock (balances, movements). */
    private void openProductStock(String name) {
        page.getByTestId("nav-stock").click();
        page.getByTestId("stock-search").fill(name);
        var row = page.getByTestId("stock-row").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        row.click();
        assertThat(page.getByTestId("stock-panel")).isVisible();
    }

    private Locator stocktakeLine(JsonNode product) {
        return page.locator("[data-testid=stocktake-line][data-sku='" + product.path("sku").asString() + "']");
    }

    // --- data through the API, as the administrator -----------------------------------------------------

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A product counted in bottles with the given minimum stock. */
    private JsonNode product(String name, int minimumStock) {
        return createProduct(TENANT, productBody(TENANT, uniqueSku(), name).put("minimumStock", minimumStock));
    }

    private void receive(String locationId, JsonNode product, int quantity) {
        var response = post(TENANT, "/api/inventory/receipts", """
                {"locationId":"%s","reference":"TEST","lines":[{"productId":"%s","quantity":%d}]}
                """.formatted(locationId, product.path("id").asString(), quantity));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    }

    private JsonNode createWarehouse(String code) {
        var response = post(TENANT, "/api/inventory/warehouses", """
                {"code":"%s","name":"Depot %s","allowNegativeStock":false}
                """.formatted(code, code));
        Assertions.assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body();
    }

    private JsonNode warehouse(String code) {
        return get(TENANT, "/api/inventory/warehouses").body().valueStream()
                .filter(warehouse -> warehouse.path("code").asString().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no warehouse " + code));
    }

    private String locationId(String warehouseCode, String locationCode) {
        for (var warehouse : get(TENANT, "/api/inventory/warehouses").body()) {
            if (warehouse.path("code").asString().equals(warehouseCode)) {
                for (var location : warehouse.path("locations")) {
                    if (location.path("code").asString().equals(locationCode)) {
                        return location.path("id").asString();
                    }
                }
            }
        }
        throw new AssertionError("no location " + warehouseCode + "/" + locationCode);
    }
}
