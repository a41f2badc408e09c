package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sales and counter sales through real HTTP, as each role, with the catalogue's prices and inventory's stock. */
class SaleApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String SALES = "/api/sales/sales";

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER, Role.ADMIN);
    }

    /** DOMAIN.md's worked example: a level-2 customer buys 3 crates of 24 and 6 cans; 192,000 with 32,000 tax. */
    @Test
    void aCounterSaleOfTheWorkedExampleIsPricedAtLevelTwoAndIssuesItsStock() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        var crate = crate(beer, 24, "LEVEL_2", "60000.00");
        var soda = sellable("Sale test " + UUID.randomUUID(), "CAN", "2200.00", "2000.00");
        receive(beer, 100);
        receive(soda, 10);
        var bar = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Bar Level Two %s", "priceLevel": "LEVEL_2"}""".formatted(UUID.randomUUID())).body();

        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "payments": [{"method": "CASH", "amount": "192000"}], "lines": [
                  {"productId": "%s", "packId": "%s", "quantity": 3},
                  {"productId": "%s", "quantity": 6}]}""".formatted(bar.get("id").asString(), beer, crate, soda));

        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var body = sale.body();
        assertThat(sale.raw().headers().firstValue("Location")).contains(SALES + "/" + body.get("id").asString());
        assertThat(body.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("number").asString()).matches("S-\\d{4}-\\d{6}");
        assertThat(body.get("priceLevel").asString()).isEqualTo("LEVEL_2");
        assertThat(body.get("total").asString()).isEqualTo("192000.00");
        assertThat(body.get("tax").asString()).isEqualTo("32000.00");
        assertThat(body.get("net").asString()).isEqualTo("160000.00");
        var lines = body.get("lines");
        assertThat(lines.get(0).get("unitPrice").asString()).isEqualTo("60000.00");
        assertThat(lines.get(0).get("baseUnits").asLong()).isEqualTo(72);
        assertThat(lines.get(0).get("amount").asString()).isEqualTo("180000.00");
        assertThat(lines.get(0).get("tax").asString()).isEqualTo("30000.00");
        assertThat(lines.get(1).get("amount").asString()).isEqualTo("12000.00");
        assertThat(lines.get(1).get("tax").asString()).isEqualTo("2000.00");
        assertThat(body.get("created").get("by").asString()).isEqualTo(body.get("completed").get("by").asString());
        assertThat(body.toString()).doesNotContainIgnoringCase("cost");
        assertThat(onHand(beer)).isEqualTo(28);
        assertThat(onHand(soda)).isEqualTo(4);
        assertThat(getAs(Role.SALES, SALES + "/" + body.get("id").asString()).raw().body()).isEqualTo(sale.raw().body());
        var found = getAs(Role.SALES, SALES + "?number=" + body.get("number").asString()).body();
        assertThat(ids(found)).containsExactly(body.get("id").asString());
    }

    @Test
    void badLinesAreRefusedWithTheirFieldPathsAndWriteNothing() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var inactive = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "1000.00", "900.00");
        assertThat(post(TENANT, "/api/catalog/products/" + inactive + "/deactivate", "").status()).isEqualTo(200);
        var sales = rows("sales.sale");

        for (var quantity : List.of("0", "-1", "1.5", "100001", "1e9", "\"3\"")) {
            var refused = postAs(Role.SALES, SALES, line(beer, null, quantity));
            assertThat(fields(refused)).as(quantity).containsExactly("lines[0].quantity");
        }
        assertThat(fields(postAs(Role.SALES, SALES, line(UUID.randomUUID().toString(), null, "1"))))
                .containsExactly("lines[0].productId");
        assertThat(fields(postAs(Role.SALES, SALES, line(beer, UUID.randomUUID().toString(), "1"))))
                .containsExactly("lines[0].packId");
        assertThat(fields(postAs(Role.SALES, SALES, line(inactive, null, "1")))).containsExactly("lines[0].productId");
        var priced = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 1, "unitPrice": "1.00", "priceReason": "friend"}]}"""
                .formatted(beer));
        assertThat(fields(priced)).containsExactly("lines[0].unitPrice");
        assertThat(priced.raw().body()).contains("only a manager");
        var discount = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 1, "discount": "10"}]}""".formatted(beer));
        assertThat(fields(discount)).containsExactly("lines[0].discount");
        assertThat(fields(postAs(Role.SALES, SALES, "{\"lines\": []}"))).containsExactly("lines");
        var tooMany = new ArrayList<String>();
        for (int i = 0; i < 201; i++) {
            tooMany.add("{\"productId\": \"%s\", \"quantity\": 1}".formatted(beer));
        }
        assertThat(fields(postAs(Role.SALES, SALES, "{\"lines\": [" + String.join(",", tooMany) + "]}")))
                .containsExactly("lines");
        assertThat(fields(postAs(Role.MANAGER, SALES, """
                {"lines": [{"productId": "%s", "quantity": 1, "unitPrice": "2500.00"}]}""".formatted(beer))))
                .containsExactly("lines[0].priceReason");

        assertThat(rows("sales.sale")).isEqualTo(sales);
        assertThat(onHand(beer)).isEqualTo(10);
    }

    @Test
    void aShortfallAndIllegalTransitionsAre409AndLeaveNothingHalfWritten() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 5);
        var sales = rows("sales.sale");

        var short_ = postAs(Role.SALES, SALES, ("{\"complete\": true, \"payments\": [{\"method\": \"CASH\", \"amount\": \"18000\"}],"
                + " \"lines\": [{\"productId\": \"%s\", \"quantity\": 6}]}").formatted(beer));
        assertThat(short_.status()).as(short_.raw().body()).isEqualTo(409);
        assertThat(short_.body().get("type").asString()).endsWith("/insufficient-stock");
        assertThat(short_.body().get("productId").asString()).isEqualTo(beer);
        assertThat(rows("sales.sale")).isEqualTo(sales);
        assertThat(onHand(beer)).isEqualTo(5);

        var order = postAs(Role.SALES, SALES, line(beer, null, "2")).body();
        var id = order.get("id").asString();
        assertThat(order.get("state").asString()).isEqualTo("DRAFT");
        var repriced = putAs(Role.MANAGER, SALES + "/" + id + "/lines", """
                {"lines": [{"productId": "%s", "quantity": 3, "unitPrice": "2500.00", "priceReason": "regular customer"}]}"""
                .formatted(beer));
        assertThat(repriced.status()).as(repriced.raw().body()).isEqualTo(200);
        var line = repriced.body().get("lines").get(0);
        assertThat(line.get("unitPrice").asString()).isEqualTo("2500.00");
        assertThat(line.get("catalogPrice").asString()).isEqualTo("3000.00");
        assertThat(line.get("priceOverride").get("reason").asString()).isEqualTo("regular customer");
        assertThat(repriced.body().get("total").asString()).isEqualTo("7500.00");

        var confirmed = postAs(Role.SALES, SALES + "/" + id + "/confirm", "");
        assertThat(confirmed.body().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(postAs(Role.SALES, SALES + "/" + id + "/confirm", "").raw().body()).isEqualTo(confirmed.raw().body());
        var stateRefused = putAs(Role.SALES, SALES + "/" + id + "/lines", line(beer, null, "1"));
        assertThat(stateRefused.status()).isEqualTo(409);
        assertThat(stateRefused.body().get("type").asString()).endsWith("/sale-state");

        var completed = postAs(Role.SALES, SALES + "/" + id + "/complete", "{\"payments\": [{\"method\": \"CARD\", \"amount\": \"7500\"}]}");
        assertThat(completed.body().get("state").asString()).isEqualTo("COMPLETED");
        assertThat(postAs(Role.SALES, SALES + "/" + id + "/complete", "").raw().body()).isEqualTo(completed.raw().body());
        assertThat(onHand(beer)).isEqualTo(2);
        var cancel = postAs(Role.MANAGER, SALES + "/" + id + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body().get("type").asString()).endsWith("/sale-state");
        assertThat(cancel.body().get("detail").asString()).contains("return");
        assertThat(getAs(Role.SALES, SALES + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(onHand(beer)).isEqualTo(2);
    }

    @Test
    void aDraftSoldToAnotherCustomerIsPricedAgainAtItsLevel() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        var bar = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Bar Level Two %s", "priceLevel": "LEVEL_2"}""".formatted(UUID.randomUUID())).body();
        var closed = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Closed %s"}""".formatted(UUID.randomUUID())).body().get("id").asString();
        assertThat(postAs(Role.MANAGER, "/api/sales/customers/" + closed + "/deactivate", "").status()).isEqualTo(200);
        var id = postAs(Role.SALES, SALES, line(beer, null, "2")).body().get("id").asString();

        var changed = putAs(Role.SALES, SALES + "/" + id + "/customer", """
                {"customerId": "%s"}""".formatted(bar.get("id").asString()));

        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("customerId").asString()).isEqualTo(bar.get("id").asString());
        assertThat(changed.body().get("priceLevel").asString()).isEqualTo("LEVEL_2");
        assertThat(changed.body().get("lines").get(0).get("unitPrice").asString()).isEqualTo("2700.00");
        assertThat(changed.body().get("total").asString()).isEqualTo("5400.00");
        assertThat(fields(putAs(Role.SALES, SALES + "/" + id + "/customer", "{\"customerId\": \"%s\"}".formatted(closed))))
                .containsExactly("customerId");
        assertThat(fields(putAs(Role.SALES, SALES + "/" + id + "/customer", "{}"))).containsExactly("customerId");
        assertThat(getAs(Role.SALES, SALES + "/" + id).body().get("total").asString()).isEqualTo("5400.00");
        assertThat(postAs(Role.MANAGER, SALES + "/" + id + "/cancel", "").status()).isEqualTo(200);
        var refused = putAs(Role.SALES, SALES + "/" + id + "/customer", """
                {"customerId": "%s"}""".formatted(bar.get("id").asString()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/sale-state");
        assertThat(putAs(Role.WAREHOUSE, SALES + "/" + id + "/customer", "{}").status()).isEqualTo(403);
    }

    @Test
    void clerksSellManagersCancelAndTheWarehouseSeesNoSales() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var draft = postAs(Role.SALES, SALES, line(beer, null, "1")).body().get("id").asString();

        assertThat(getAs(Role.WAREHOUSE, SALES).status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, SALES + "/" + draft).status()).isEqualTo(403);
        assertThat(postAs(Role.WAREHOUSE, SALES, line(beer, null, "1")).status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, SALES + "/" + draft + "/cancel", "").status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, SALES + "/" + draft + "/confirm", "").status()).isEqualTo(200);
        var cancelled = postAs(Role.MANAGER, SALES + "/" + draft + "/cancel", "");
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(postAs(Role.ADMIN, SALES + "/" + draft + "/cancel", "").body().get("state").asString())
                .isEqualTo("CANCELLED");
        assertThat(onHand(beer)).isEqualTo(10);
        assertThat(stock(beer).get("reserved").asLong()).isZero();
        for (var role : List.of(Role.SALES, Role.MANAGER, Role.ADMIN)) {
            assertThat(getAs(role, SALES + "?state=CANCELLED&size=5").status()).as(role.name()).isEqualTo(200);
        }
    }

    @Test
    void aRetriedCounterSaleWithItsKeySellsOnce() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var key = UUID.randomUUID().toString();
        var body = ("{\"complete\": true, \"payments\": [{\"method\": \"CASH\", \"amount\": \"12000\"}],"
                + " \"lines\": [{\"productId\": \"%s\", \"quantity\": 4}]}").formatted(beer);
        var sales = rows("sales.sale");

        var first = sendAs(sessionAs(TENANT, Role.SALES), jsonRequest(SALES, "POST", body).header("Idempotency-Key", key));
        var retried = sendAs(sessionAs(TENANT, Role.SALES), jsonRequest(SALES, "POST", body).header("Idempotency-Key", key));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retried.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(rows("sales.sale")).isEqualTo(sales + 1);
        assertThat(onHand(beer)).isEqualTo(6);
    }

    /**
     * DOMAIN.md's worked example's deposits: 3 crates carry 3 crates and 72 bottles; 2 crates and 48 bottles are
     * exchanged, the rest consigned: 10,200 apart from the 180,000 of the lines, and the empties enter the warehouse.
     */
    @Test
    void aCounterSaleCarriesDepositLinesApartFromItsTotalAndTheExchangedEmptiesAreCounted() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        var crate = crate(beer, 24, "LEVEL_2", "60000.00");
        var crates = container("CRATE", "3000");
        var bottles = container("BOTTLE", "300");
        var attached = putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1},
                 {"containerTypeId": "%s", "quantity": 24}]}""".formatted(crate, crates, bottles));
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        var bottleAlone = putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(bottles));
        assertThat(bottleAlone.status()).as(bottleAlone.raw().body()).isEqualTo(200);
        receive(beer, 72);
        var bar = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Bar Deposits %s", "priceLevel": "LEVEL_2"}""".formatted(UUID.randomUUID())).body();
        var emptiesBefore = empties(crates);

        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "packId": "%s", "quantity": 3}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 2}, {"containerTypeId": "%s", "exchanged": 48}],
                 "payments": [{"method": "CASH", "amount": "200000"}]}"""
                .formatted(bar.get("id").asString(), beer, crate, crates, bottles));

        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var body = sale.body();
        assertThat(body.get("total").asString()).isEqualTo("180000.00");
        assertThat(body.get("depositTotal").asString()).isEqualTo("10200.00");
        assertThat(body.get("payable").asString()).isEqualTo("190200.00");
        assertThat(body.get("payments").get(0).get("change").asString()).isEqualTo("9800.00");
        assertThat(body.get("owed").asString()).isEqualTo("0.00");
        var deposits = body.get("deposits");
        assertThat(deposits.get(0).get("kind").asString()).isEqualTo("CRATE");
        assertThat(deposits.get(0).get("quantity").asLong()).isEqualTo(3);
        assertThat(deposits.get(0).get("consigned").asLong()).isEqualTo(1);
        assertThat(deposits.get(0).get("amount").asString()).isEqualTo("3000.00");
        assertThat(deposits.get(1).get("quantity").asLong()).isEqualTo(72);
        assertThat(deposits.get(1).get("exchanged").asLong()).isEqualTo(48);
        assertThat(deposits.get(1).get("amount").asString()).isEqualTo("7200.00");
        assertThat(empties(crates)).isEqualTo(emptiesBefore + 2);
        assertThat(empties(bottles)).isEqualTo(48);
        assertThat(getAs(Role.SALES, "/api/inventory/empties").status()).as("empties are the storekeeper's").isEqualTo(403);

        var walkInOwes = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 1}],
                 "deposits": [{"containerTypeId": "%s", "due": 1}]}""".formatted(beer, bottles));
        assertThat(fields(walkInOwes)).containsExactly("deposits[0].due");
        var tooMany = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 1}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 2}]}""".formatted(bar.get("id").asString(), beer, crate, crates));
        assertThat(fields(tooMany)).containsExactly("deposits[0].exchanged");
        var negative = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 1}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": -1}]}""".formatted(bar.get("id").asString(), beer, crate, crates));
        assertThat(fields(negative)).containsExactly("deposits[0].exchanged");

        var account = "/api/sales/customers/" + bar.get("id").asString();
        var held = getAs(Role.SALES, account + "/containers").body().get("balances");
        assertThat(held.get(0).get("held").asLong()).isEqualTo(1);
        assertThat(held.get(1).get("consigned").asLong()).isEqualTo(24);
        assertThat(held.get(1).get("depositsHeld").asString()).isEqualTo("7200.00");
        var overReturn = postAs(Role.SALES, account + "/container-returns", """
                {"lines": [{"containerTypeId": "%s", "quantity": 25}]}""".formatted(bottles));
        assertThat(fields(overReturn)).containsExactly("lines[0].quantity");
        assertThat(postAs(Role.WAREHOUSE, account + "/container-returns", """
                {"lines": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(crates)).status()).isEqualTo(403);
        var returned = postAs(Role.SALES, account + "/container-returns", """
                {"lines": [{"containerTypeId": "%s", "quantity": 1}, {"containerTypeId": "%s", "quantity": 24}]}"""
                .formatted(crates, bottles));
        assertThat(returned.status()).as(returned.raw().body()).isEqualTo(201);
        assertThat(returned.body().get("number").asString()).matches("E-\\d{4}-\\d{6}");
        assertThat(returned.body().get("refundTotal").asString()).isEqualTo("10200.00");
        assertThat(getAs(Role.SALES, account + "/containers").body().get("balances").isEmpty()).isTrue();
        assertThat(empties(bottles)).isEqualTo(72);
    }

    /** A manager takes back part of a paid counter sale: the goods return to stock once, the excess is refunded. */
    @Test
    void aManagerReturnsPartOfASaleAndTheClerkCannot() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var sale = postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 10}],
                 "payments": [{"method": "CASH", "amount": "30000"}]}""".formatted(beer)).body();
        var returns = SALES + "/" + sale.get("id").asString() + "/returns";
        var body = """
                {"lines": [{"lineNo": 1, "quantity": 4}], "reason": "four broken", "refundMethod": "CASH"}""";

        assertThat(postAs(Role.SALES, returns, body).status()).isEqualTo(403);
        assertThat(fields(postAs(Role.MANAGER, returns, """
                {"lines": [{"lineNo": 2, "quantity": 1}], "reason": "no such line"}"""))).containsExactly("lines[0].lineNo");
        assertThat(fields(postAs(Role.MANAGER, returns, """
                {"lines": [{"lineNo": 1, "quantity": 11}], "reason": "too many"}"""))).containsExactly("lines[0].quantity");
        assertThat(fields(postAs(Role.MANAGER, returns, """
                {"lines": [{"lineNo": 1, "quantity": 1}], "reason": "no method"}"""))).containsExactly("refundMethod");
        assertThat(fields(postAs(Role.MANAGER, returns, """
                {"lines": [{"lineNo": 1, "quantity": 1}]}"""))).containsExactly("reason");
        var taken = postAs(Role.MANAGER, returns, body);

        assertThat(taken.status()).as(taken.raw().body()).isEqualTo(201);
        assertThat(taken.body().get("number").asString()).matches("R-\\d{4}-\\d{6}");
        assertThat(taken.body().get("total").asString()).isEqualTo("12000.00");
        assertThat(taken.body().get("refund").asString()).isEqualTo("12000.00");
        assertThat(onHand(beer)).isEqualTo(4);
        var after = getAs(Role.SALES, SALES + "/" + sale.get("id").asString()).body();
        assertThat(after.get("paid").asString()).isEqualTo("18000.00");
        assertThat(after.get("owed").asString()).isEqualTo("0.00");
        assertThat(getAs(Role.SALES, returns).body().size()).isOne();
    }

    /** A clerk's history is their own; the open orders are the desk's shared queue. */
    @Test
    void aClerkSeesOnlyTheirOwnSalesButEveryOpenOrder() {
        var beer = sellable("Sale test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 2);
        var byManager = postAs(Role.MANAGER, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 1}],
                 "payments": [{"method": "CARD", "amount": "3000"}]}""".formatted(beer)).body().get("number").asString();
        var draft = postAs(Role.MANAGER, SALES, line(beer, null, "1")).body().get("number").asString();

        assertThat(getAs(Role.SALES, SALES + "?number=" + byManager).body().get("totalItems").asLong()).isZero();
        assertThat(getAs(Role.SALES, SALES + "?state=COMPLETED&number=" + byManager).body().get("totalItems").asLong())
                .isZero();
        assertThat(getAs(Role.SALES, SALES + "?state=DRAFT&number=" + draft).body().get("totalItems").asLong()).isOne();
        assertThat(getAs(Role.MANAGER, SALES + "?number=" + byManager).body().get("totalItems").asLong()).isOne();
    }

    /** The empties of a container type in every warehouse, as the storekeeper sees them. */
    private long empties(String containerTypeId) {
        var warehouses = getAs(Role.WAREHOUSE, "/api/inventory/empties").body();
        return warehouses.valueStream().flatMap(warehouse -> warehouse.get("empties").valueStream())
                .filter(count -> count.get("containerTypeId").asString().equals(containerTypeId))
                .mapToLong(count -> count.get("quantity").asLong()).sum();
    }

    private static String line(String product, String pack, String quantity) {
        return "{\"lines\": [{\"productId\": \"%s\"%s, \"quantity\": %s}]}".formatted(product,
                pack == null ? "" : ", \"packId\": \"" + pack + "\"", quantity);
    }
}
