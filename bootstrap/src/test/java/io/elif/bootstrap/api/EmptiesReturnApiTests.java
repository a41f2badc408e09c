package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Empties back to suppliers over HTTP: the supplier's containers come in with a confirmed delivery, customers' empties
 * into the warehouse, and a return takes them out and credits them at the supplier's deposit, never more than we hold
 * of theirs nor than stands in the warehouse.
 */
class EmptiesReturnApiTests extends PurchasingApiSupport {

    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES);
    }

    /** A supplier whose 5 crates of 24 came in (5 crates and 120 bottles of theirs), 3 of which came back empty. */
    private record Setup(String supplier, String crates, String bottles) {

        String returns() {
            return SUPPLIERS + "/" + supplier + "/empties-returns";
        }

        String account() {
            return SUPPLIERS + "/" + supplier + "/containers";
        }
    }

    private Setup fiveCratesInAndThreeEmptiesBack() {
        var crates = container("CRATE", "3000");
        var bottles = container("BOTTLE", "300");
        var beer = product();
        var crate = pack(beer, 24);
        var attached = putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1},
                 {"containerTypeId": "%s", "quantity": 24}]}""".formatted(crate, crates, bottles));
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        var supplier = supplier("Empties test " + UUID.randomUUID()).get("id").asString();
        offer(supplier, beer, crate, "\"agreedUnitCost\": \"48000\"");
        var order = postAs(Role.MANAGER, ORDERS, """
                {"supplierId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": 5}]}"""
                .formatted(supplier, beer, crate));
        assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + order.body().get("id").asString() + "/send", "").status())
                .isEqualTo(200);
        var delivery = postAs(Role.WAREHOUSE, "/api/purchasing/deliveries", """
                {"orderId": "%s", "lines": [{"lineNo": 1, "quantity": 5}]}""".formatted(order.body().get("id").asString()));
        assertThat(delivery.status()).as(delivery.raw().body()).isEqualTo(201);
        var confirmed = postAs(Role.WAREHOUSE, "/api/purchasing/deliveries/" + delivery.body().get("id").asString()
                + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        var bar = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "Bar empties %s"}""".formatted(UUID.randomUUID())).body().get("id").asString();
        var sale = postAs(Role.SALES, "/api/sales/sales", """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "packId": "%s", "quantity": 3}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 3}, {"containerTypeId": "%s", "exchanged": 72}],
                 "payments": [{"method": "CASH", "amount": "300000"}]}""".formatted(bar, beer, crate, crates, bottles));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        assertThat(empties(crates)).isEqualTo(3);
        assertThat(empties(bottles)).isEqualTo(72);
        return new Setup(supplier, crates, bottles);
    }

    @Test
    void emptiesLeaveTheWarehouseAndAreCreditedAtTheSuppliersDepositWhileTheAccountShowsWhatWeHoldOfTheirs() {
        var setup = fiveCratesInAndThreeEmptiesBack();
        var before = getAs(Role.WAREHOUSE, setup.account());
        assertThat(before.status()).as(before.raw().body()).isEqualTo(200);
        assertThat(before.body().get("containers").valueStream().map(container -> container.get("held").asLong()))
                .containsExactlyInAnyOrder(5L, 120L);

        var returned = postAs(Role.WAREHOUSE, setup.returns(), """
                {"supplierReference": "BL-778", "lines": [{"containerTypeId": "%s", "quantity": 2},
                 {"containerTypeId": "%s", "quantity": 48}]}""".formatted(setup.crates(), setup.bottles()));

        assertThat(returned.status()).as(returned.raw().body()).isEqualTo(201);
        assertThat(returned.body().get("number").asString()).matches("ES-\\d{4}-\\d{6}");
        assertThat(returned.body().get("credit").asString()).isEqualTo("20400.00");
        assertThat(returned.body().get("lines").get(0).get("amount").asString()).isEqualTo("6000.00");
        assertThat(returned.body().get("lines").get(1).get("amount").asString()).isEqualTo("14400.00");
        assertThat(returned.body().get("created").get("by").asString()).isEqualTo("warehouse_user");
        assertThat(empties(setup.crates())).isEqualTo(1);
        assertThat(empties(setup.bottles())).isEqualTo(24);
        var account = getAs(Role.MANAGER, setup.account()).body();
        var crates = container(account, setup.crates());
        assertThat(crates.get("received").asLong()).isEqualTo(5);
        assertThat(crates.get("returned").asLong()).isEqualTo(2);
        assertThat(crates.get("held").asLong()).isEqualTo(3);
        assertThat(crates.get("heldValue").asString()).isEqualTo("9000.00");
        assertThat(crates.get("credited").asString()).isEqualTo("6000.00");
        assertThat(container(account, setup.bottles()).get("held").asLong()).isEqualTo(72);
        assertThat(account.get("credited").asString()).isEqualTo("20400.00");
        assertThat(account.get("heldValue").asString()).isEqualTo("30600.00");
        assertThat(account.get("returns").get(0).get("supplierReference").asString()).isEqualTo("BL-778");
        assertThat(getAs(Role.SALES, setup.account()).status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, setup.returns(), """
                {"lines": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(setup.crates())).status()).isEqualTo(403);
    }

    @Test
    void badReturnsNameTheirFieldAndChangeNothing() {
        var setup = fiveCratesInAndThreeEmptiesBack();
        var line = "{\"lines\": [{\"containerTypeId\": \"%s\", \"quantity\": %s}]}";

        assertThat(fields(postAs(Role.MANAGER, setup.returns(), line.formatted(setup.crates(), "0"))))
                .containsExactly("lines[0].quantity");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), line.formatted(setup.crates(), "-1"))))
                .containsExactly("lines[0].quantity");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), line.formatted(setup.crates(), "1.5"))))
                .containsExactly("lines[0].quantity");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), line.formatted(UUID.randomUUID(), "1"))))
                .containsExactly("lines[0].containerTypeId");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), "{\"lines\": [{\"quantity\": 1}]}")))
                .containsExactly("lines[0].containerTypeId");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), "{\"lines\": []}"))).containsExactly("lines");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), """
                {"lines": [{"containerTypeId": "%s", "quantity": 1}, {"containerTypeId": "%s", "quantity": 1}]}"""
                .formatted(setup.crates(), setup.crates())))).containsExactly("lines[1].containerTypeId");
        // 6 crates: we hold 5 of theirs
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), line.formatted(setup.crates(), "6"))))
                .containsExactly("lines[0].quantity");
        // 4 crates: we hold 5 of theirs, but 3 stand empty in the warehouse
        var notThere = postAs(Role.MANAGER, setup.returns(), """
                {"lines": [{"containerTypeId": "%s", "quantity": 1}, {"containerTypeId": "%s", "quantity": 4}]}"""
                .formatted(setup.bottles(), setup.crates()));
        assertThat(notThere.status()).isEqualTo(400);
        assertThat(fields(notThere)).containsExactly("lines[1].quantity");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), """
                {"warehouseId": "%s", "lines": [{"containerTypeId": "%s", "quantity": 1}]}"""
                .formatted(UUID.randomUUID(), setup.crates())))).containsExactly("warehouseId");
        assertThat(fields(postAs(Role.MANAGER, setup.returns(), """
                {"supplierReference": "%s", "lines": [{"containerTypeId": "%s", "quantity": 1}]}"""
                .formatted("x".repeat(51), setup.crates())))).containsExactly("supplierReference");
        assertThat(postAs(Role.MANAGER, SUPPLIERS + "/" + UUID.randomUUID() + "/empties-returns",
                line.formatted(setup.crates(), "1")).status()).isEqualTo(404);

        assertThat(empties(setup.crates())).isEqualTo(3);
        assertThat(empties(setup.bottles())).isEqualTo(72);
        var account = getAs(Role.MANAGER, setup.account()).body();
        assertThat(account.get("returns").isEmpty()).isTrue();
        assertThat(account.get("credited").asString()).isEqualTo("0.00");
    }

    @Test
    void tenConcurrentReturnsOfACrateTakeOutTheThreeThatStandThereAndNoMore() throws InterruptedException {
        var setup = fiveCratesInAndThreeEmptiesBack();
        var body = "{\"lines\": [{\"containerTypeId\": \"%s\", \"quantity\": 1}]}".formatted(setup.crates());
        var manager = sessionAs(DEMO, Role.MANAGER);

        var answers = concurrently(10, () -> sendAs(manager, jsonRequest(setup.returns(), "POST", body)));

        assertThat(answers.stream().filter(answer -> answer.status() == 201).count()).isEqualTo(3);
        assertThat(answers.stream().filter(answer -> answer.status() == 400).count()).isEqualTo(7);
        assertThat(answers.stream().filter(answer -> answer.status() == 400).flatMap(answer -> fields(answer).stream()))
                .containsOnly("lines[0].quantity");
        assertThat(answers.stream().filter(answer -> answer.status() == 201)
                .map(answer -> answer.body().get("number").asString()).distinct()).hasSize(3);
        assertThat(empties(setup.crates())).isZero();
        var crates = container(getAs(Role.MANAGER, setup.account()).body(), setup.crates());
        assertThat(crates.get("returned").asLong()).isEqualTo(3);
        assertThat(crates.get("credited").asString()).isEqualTo("9000.00");
    }

    private static JsonNode container(JsonNode account, String containerTypeId) {
        return account.get("containers").valueStream()
                .filter(container -> container.get("containerTypeId").asString().equals(containerTypeId))
                .findFirst().orElseThrow();
    }

    /** The empties of that type standing in the tenant's warehouses. */
    private long empties(String containerTypeId) {
        var warehouses = getAs(Role.WAREHOUSE, "/api/inventory/empties").body();
        return warehouses.valueStream().flatMap(warehouse -> warehouse.get("empties").valueStream())
                .filter(count -> count.get("containerTypeId").asString().equals(containerTypeId))
                .mapToLong(count -> count.get("quantity").asLong()).sum();
    }
}
