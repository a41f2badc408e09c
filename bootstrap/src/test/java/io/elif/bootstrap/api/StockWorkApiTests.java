package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Warehouses, receipts with lots, transfers, break-bulk, stocktakes and the stock lists, through HTTP. */
class StockWorkApiTests extends ApiTestSupport {

    @Test
    void aStorekeeperReceivesALotAndSeesItPerLocationWithItsBestBefore() {
        var product = stockedProduct("Lot lager");
        var warehouse = sessionAs("demo", Role.WAREHOUSE);
        var bestBefore = LocalDate.now().plusDays(20);

        var receipt = call(warehouse, "/api/inventory/receipts", "POST", """
                {"reference": "D-LOT-1", "lines": [{"productId": "%s", "quantity": 48, "lot": "L-2611", "bestBefore": "%s"}]}
                """.formatted(product, bestBefore));

        assertThat(receipt.status()).isEqualTo(201);
        var stock = call(warehouse, "/api/inventory/stock/" + product, "GET", null).body();
        assertThat(stock.get("onHand").asLong()).isEqualTo(48);
        assertThat(stock.get("warehouses").get(0).get("warehouseCode").asString()).isEqualTo("MAIN");
        var balance = stock.get("balances").get(0);
        assertThat(balance.get("locationCode").asString()).isEqualTo("BACK");
        assertThat(balance.get("lot").asString()).isEqualTo("L-2611");
        assertThat(balance.get("bestBefore").asString()).isEqualTo(bestBefore.toString());
        var nearExpiry = call(warehouse, "/api/inventory/stock/near-expiry?days=30", "GET", null).body();
        assertThat(nearExpiry.valueStream()).anySatisfy(lot -> assertThat(lot.get("productId").asString()).isEqualTo(product));
    }

    @Test
    void badStockRequestsAreRefusedWithTheFieldAtFaultAndBookNothing() {
        var product = stockedProduct("Refused lager");
        var warehouse = sessionAs("demo", Role.WAREHOUSE);

        var zero = call(warehouse, "/api/inventory/receipts", "POST", """
                {"reference": "D-BAD", "lines": [{"productId": "%s", "quantity": 5}, {"productId": "%s", "quantity": 0}]}
                """.formatted(product, product));
        var fraction = call(warehouse, "/api/inventory/receipts", "POST", """
                {"reference": "D-BAD", "lines": [{"productId": "%s", "quantity": 1.5}]}
                """.formatted(product));
        var unknownLocation = call(warehouse, "/api/inventory/receipts", "POST", """
                {"locationId": "%s", "reference": "D-BAD", "lines": [{"productId": "%s", "quantity": 1}]}
                """.formatted(UUID.randomUUID(), product));
        var sameLocation = call(warehouse, "/api/inventory/transfers", "POST", """
                {"fromLocationId": "%s", "toLocationId": "%s", "lines": [{"productId": "%s", "quantity": 1}]}
                """.formatted(backStore(), backStore(), product));

        var unknownProduct = call(warehouse, "/api/inventory/receipts", "POST", """
                {"reference": "D-BAD", "lines": [{"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 1}]}
                """.formatted(product, UUID.randomUUID()));
        var expired = call(warehouse, "/api/inventory/receipts", "POST", """
                {"reference": "D-BAD", "lines": [{"productId": "%s", "quantity": 1, "lot": "OLD", "bestBefore": "%s"}]}
                """.formatted(product, LocalDate.now().minusDays(1)));

        assertThat(fieldOf(unknownProduct)).isEqualTo("lines[1].productId");
        assertThat(fieldOf(expired)).isEqualTo("lines[0].bestBefore");
        assertThat(fieldOf(zero)).isEqualTo("lines[1].quantity");
        assertThat(fieldOf(fraction)).isEqualTo("lines[0].quantity");
        assertThat(fieldOf(unknownLocation)).isEqualTo("locationId");
        assertThat(fieldOf(sameLocation)).isEqualTo("toLocationId");
        assertThat(call(warehouse, "/api/inventory/stock/" + product, "GET", null).body().get("onHand").asLong()).isZero();
    }

    @Test
    void aTransferToAnotherWarehouseIsInTransitUntilTheDepotReceivesIt() {
        var product = stockedProduct("Travelling lager");
        var manager = sessionAs("demo", Role.MANAGER);
        var warehouse = sessionAs("demo", Role.WAREHOUSE);
        receive(warehouse, product, 30);
        var depot = call(manager, "/api/inventory/warehouses", "POST", """
                {"code": "D%s", "name": "Depot"}
                """.formatted(System.nanoTime() % 100_000_000)).body();
        var depotLocation = depot.get("locations").get(0).get("id").asString();

        var sent = call(warehouse, "/api/inventory/transfers", "POST", """
                {"fromLocationId": "%s", "toLocationId": "%s", "note": "weekly top-up", "lines": [{"productId": "%s", "quantity": 12}]}
                """.formatted(backStore(), depotLocation, product));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().get("state").asString()).isEqualTo("IN_TRANSIT");
        assertThat(call(warehouse, "/api/inventory/stock/" + product, "GET", null).body().get("inTransit").asLong()).isEqualTo(12);
        var id = sent.body().get("id").asString();
        var received = call(warehouse, "/api/inventory/transfers/" + id + "/receive", "POST", null);
        var again = call(warehouse, "/api/inventory/transfers/" + id + "/receive", "POST", null);

        assertThat(received.body().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(again.status()).isEqualTo(409);
        var stock = call(warehouse, "/api/inventory/stock/" + product, "GET", null).body();
        assertThat(stock.get("onHand").asLong()).isEqualTo(30);
        assertThat(stock.get("warehouses").valueStream().map(w -> w.get("onHand").asLong())).containsExactlyInAnyOrder(18L, 12L);
        assertThat(get("acme", "/api/inventory/transfers/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBlindStocktakeIsCountedByTheStorekeeperAndApprovedOnlyByAManager() {
        var product = stockedProduct("Counted lager");
        var warehouse = sessionAs("demo", Role.WAREHOUSE);
        var manager = sessionAs("demo", Role.MANAGER);
        var bin = call(manager, "/api/inventory/warehouses/" + mainWarehouse() + "/locations", "POST", """
                {"code": "A%s", "name": "Bin"}
                """.formatted(System.nanoTime() % 100_000_000)).body().get("id").asString();
        call(warehouse, "/api/inventory/receipts", "POST", """
                {"locationId": "%s", "reference": "D-BIN", "lines": [{"productId": "%s", "quantity": 24}]}
                """.formatted(bin, product));

        var sheet = call(warehouse, "/api/inventory/stocktakes", "POST", """
                {"locationId": "%s", "blind": true}
                """.formatted(bin)).body();
        var id = sheet.get("id").asString();
        assertThat(sheet.get("lines").get(0).get("expected").isNull()).isTrue();
        call(warehouse, "/api/inventory/stocktakes/" + id + "/counts", "PUT", """
                {"lines": [{"productId": "%s", "counted": 21}]}
                """.formatted(product));
        var submitted = call(warehouse, "/api/inventory/stocktakes/" + id + "/submit", "POST", null).body();

        assertThat(submitted.get("lines").get(0).get("variance").asLong()).isEqualTo(-3);
        assertThat(call(warehouse, "/api/inventory/stocktakes/" + id + "/approve", "POST", null).status()).isEqualTo(403);
        assertThat(call(manager, "/api/inventory/stocktakes/" + id + "/approve", "POST", null).body().get("state").asString())
                .isEqualTo("APPROVED");
        var ledger = call(manager, "/api/inventory/stock/" + product + "/movements", "GET", null).body();
        assertThat(ledger.get(0).get("kind").asString()).isEqualTo("STOCKTAKE");
        assertThat(ledger.get(0).get("quantity").asLong()).isEqualTo(-3);
    }

    @Test
    void breakBulkOpensACrateIntoBottles() {
        var crate = stockedProduct("Crate of 24");
        var bottle = stockedProduct("Bottle");
        var warehouse = sessionAs("demo", Role.WAREHOUSE);
        receive(warehouse, crate, 2);

        var opened = call(warehouse, "/api/inventory/break-bulk", "POST", """
                {"sourceProductId": "%s", "targetProductId": "%s", "quantity": 1, "unitsPerSource": 24}
                """.formatted(crate, bottle));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body().get("source").get("onHand").asLong()).isEqualTo(1);
        assertThat(opened.body().get("target").get("onHand").asLong()).isEqualTo(24);
    }

    @Test
    void costsAreForManagersOnlyAndWarehousesForManagersToChange() {
        var value = call(sessionAs("demo", Role.MANAGER), "/api/inventory/stock/value", "GET", null);
        assertThat(value.status()).isEqualTo(200);
        assertThat(value.body().get("currency").asString()).isEqualTo("MGA");
        assertThat(value.body().get("atCost").isString()).as("amounts are decimal strings").isTrue();
        assertThat(call(sessionAs("demo", Role.SALES), "/api/inventory/stock/value", "GET", null).status()).isEqualTo(403);
        assertThat(call(sessionAs("demo", Role.WAREHOUSE), "/api/inventory/stock/value", "GET", null).status()).isEqualTo(403);
        assertThat(call(sessionAs("demo", Role.WAREHOUSE), "/api/inventory/warehouses", "POST", """
                {"code": "NOPE", "name": "Not mine"}
                """).status()).isEqualTo(403);
        var duplicate = call(sessionAs("demo", Role.MANAGER), "/api/inventory/warehouses", "POST", """
                {"code": "main", "name": "Second main"}
                """);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-code");
    }

    @Test
    void theOverviewFiltersByStatusAndPagesInBoundedPages() {
        var product = stockedProduct("Overview lager");
        var manager = sessionAs("demo", Role.MANAGER);

        var out = call(manager, "/api/inventory/stock/overview?status=OUT&size=100&q=Overview", "GET", null).body();
        var all = call(manager, "/api/inventory/stock/overview?status=ALL&q=Overview", "GET", null);
        var tooBig = call(manager, "/api/inventory/stock/overview?size=1000", "GET", null);

        assertThat(out.get("items").valueStream()).anySatisfy(row -> {
            assertThat(row.get("productId").asString()).isEqualTo(product);
            assertThat(row.get("status").asString()).isEqualTo("OUT");
        });
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(all.status()).isEqualTo(200);
    }

    @Test
    void aWarehouseOverviewJudgesThatWarehousesStockAndUnknownFiltersAreRefused() {
        var body = productBody("demo", uniqueSku(), "Depot-less lager");
        body.put("minimumStock", 10);
        var product = createProduct("demo", body).get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("demo", "/api/inventory/stock/" + product).status() == 200);
        var manager = sessionAs("demo", Role.MANAGER);
        receive(sessionAs("demo", Role.WAREHOUSE), product, 5);
        var depot = call(manager, "/api/inventory/warehouses", "POST", """
                {"code": "E%s", "name": "Empty depot"}
                """.formatted(System.nanoTime() % 100_000_000)).body().get("id").asString();
        var q = "&q=Depot-less&size=100";

        var inMain = call(manager, "/api/inventory/stock/overview?warehouseId=" + mainWarehouse() + q, "GET", null).body();
        var inDepot = call(manager, "/api/inventory/stock/overview?warehouseId=" + depot + q, "GET", null).body();
        var outInDepot = call(manager, "/api/inventory/stock/overview?status=OUT&warehouseId=" + depot + q, "GET", null).body();
        var lowInDepot = call(manager, "/api/inventory/stock/overview?status=LOW&warehouseId=" + depot + q, "GET", null).body();
        var unknown = UUID.randomUUID();
        var unknownOverview = call(manager, "/api/inventory/stock/overview?warehouseId=" + unknown, "GET", null);
        var unknownExpiry = call(manager, "/api/inventory/stock/near-expiry?warehouseId=" + unknown, "GET", null);
        var unknownMovements = call(manager, "/api/inventory/stock/" + unknown + "/movements", "GET", null);

        assertThat(statusOf(inMain, product)).isEqualTo("LOW");
        assertThat(statusOf(inDepot, product)).isEqualTo("OUT");
        assertThat(outInDepot.get("items").valueStream().map(row -> row.get("productId").asString())).contains(product);
        assertThat(lowInDepot.get("items").valueStream().map(row -> row.get("productId").asString())).doesNotContain(product);
        for (var refused : java.util.List.of(unknownOverview, unknownExpiry)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("warehouseId");
        }
        assertThat(unknownMovements.status()).isEqualTo(404);
        assertThat(unknownMovements.body().get("type").asString()).endsWith("/not-found");
    }

    private static String statusOf(JsonNode page, String product) {
        return page.get("items").valueStream().filter(row -> row.get("productId").asString().equals(product))
                .findFirst().orElseThrow().get("status").asString();
    }

    @Test
    void aScannedBarcodeFindsItsProductInTheOverviewAndAShortfallNamesTheProduct() {
        var barcode = uniqueBarcode();
        var body = productBody("demo", uniqueSku(), "Scanned stout");
        body.putArray("barcodes").add(barcode);
        var product = createProduct("demo", body).get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("demo", "/api/inventory/stock/" + product).status() == 200);
        var manager = sessionAs("demo", Role.MANAGER);
        receive(sessionAs("demo", Role.WAREHOUSE), product, 2);

        var scanned = call(manager, "/api/inventory/stock/overview?q=" + barcode, "GET", null).body();
        var transfer = call(manager, "/api/inventory/transfers", "POST", """
                {"fromLocationId": "%s", "toLocationId": "%s", "lines": [{"productId": "%s", "quantity": 5}]}
                """.formatted(backStore(), frontStore(), product));

        assertThat(scanned.get("items").valueStream().map(row -> row.get("productId").asString())).containsExactly(product);
        assertThat(transfer.status()).isEqualTo(409);
        assertThat(transfer.body().get("detail").asString()).isEqualTo("Only 2 of Scanned stout (" + body.get("sku").asString()
                + ") available, 5 requested");
        assertThat(transfer.body().get("available").asLong()).isEqualTo(2);
    }

    private String stockedProduct(String name) {
        var id = createProduct("demo", uniqueSku(), name).get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("demo", "/api/inventory/stock/" + id).status() == 200);
        return id;
    }

    private void receive(Session session, String product, long quantity) {
        assertThat(call(session, "/api/inventory/receipts", "POST", """
                {"reference": "D-%s", "lines": [{"productId": "%s", "quantity": %d}]}
                """.formatted(UUID.randomUUID(), product, quantity)).status()).isEqualTo(201);
    }

    private JsonNode mainWarehouseNode() {
        return get("demo", "/api/inventory/warehouses").body().valueStream()
                .filter(warehouse -> warehouse.get("code").asString().equals("MAIN")).findFirst().orElseThrow();
    }

    private String mainWarehouse() {
        return mainWarehouseNode().get("id").asString();
    }

    private String backStore() {
        return mainLocation("BACK");
    }

    private String frontStore() {
        return mainLocation("FRONT");
    }

    private String mainLocation(String code) {
        return mainWarehouseNode().get("locations").valueStream()
                .filter(location -> location.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asString();
    }

    private Response call(Session session, String path, String method, String json) {
        return sendAs(session, json == null && method.equals("GET")
                ? HttpRequest.newBuilder(uri(path)).GET()
                : jsonRequest(path, method, json == null ? "" : json));
    }

    private static String fieldOf(Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asString();
    }
}
