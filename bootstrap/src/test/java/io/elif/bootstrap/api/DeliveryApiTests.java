package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries over HTTP: goods booked into stock once, at the order's costs, never more than ordered without leave. */
class DeliveryApiTests extends PurchasingApiSupport {

    private static final String DELIVERIES = "/api/purchasing/deliveries";

    @Test
    void aStorekeeperReceivesAnOrderInTwoDeliveriesWithLotsAndTheOrderMovesToReceived() {
        var order = new Ordered(10);
        var bestBefore = LocalDate.now().plusMonths(6);

        var first = record(Role.WAREHOUSE, order.id, """
                {"lineNo": 1, "quantity": 4, "lot": "L-2611-A", "bestBefore": "%s", "condition": "2 crates wet"}"""
                .formatted(bestBefore));
        assertThat(first.get("number").asString()).matches("D-\\d{4}-\\d{6}");
        assertThat(first.get("state").asString()).isEqualTo("DRAFT");
        assertThat(first.get("lines").get(0).get("baseUnits").asLong()).isEqualTo(96);
        assertThat(onHand(order.product)).isZero();

        var confirmed = confirm(Role.WAREHOUSE, first, "");
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        assertThat(confirmed.body().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.body().get("confirmation").get("by").asString()).isEqualTo("warehouse_user");
        assertThat(onHand(order.product)).isEqualTo(96);
        var partly = getAs(Role.WAREHOUSE, ORDERS + "/" + order.id).body();
        assertThat(partly.get("state").asString()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(partly.get("lines").get(0).get("received").asInt()).isEqualTo(4);
        assertThat(partly.get("lines").get(0).get("outstanding").asInt()).isEqualTo(6);
        var lots = getAs(Role.WAREHOUSE, "/api/inventory/stock/" + order.product).body().toString();
        assertThat(lots).contains("L-2611-A");

        var second = record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 6, \"lot\": \"L-2611-B\"}");
        assertThat(confirm(Role.WAREHOUSE, second, "").status()).isEqualTo(200);
        assertThat(onHand(order.product)).isEqualTo(240);
        assertThat(getAs(Role.MANAGER, ORDERS + "/" + order.id).body().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(averageCost(order.product)).isEqualByComparingTo("2000.0000");
        var offers = getAs(Role.MANAGER, SUPPLIERS + "/" + order.supplier + "/products").body();
        assertThat(offers.get(0).get("lastUnitCost").asString()).isEqualTo("48000.0000");
        assertThat(ids(getAs(Role.WAREHOUSE, DELIVERIES + "?orderId=" + order.id).body()))
                .containsExactly(second.get("id").asString(), first.get("id").asString());

        var refused = record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 1}", 409);
        assertThat(refused.get("type").asString()).endsWith("/purchase-order-state");
    }

    @Test
    void moreThanOrderedNeedsAManagersOverrideWithAReasonWhichIsRecorded() {
        var order = new Ordered(10);
        var delivery = record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 12}");

        var refused = confirm(Role.WAREHOUSE, delivery, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/over-delivery");
        assertThat(refused.body().get("ordered").asInt()).isEqualTo(10);
        assertThat(fields(confirm(Role.WAREHOUSE, delivery, "{\"overrideReason\": \"Free crates\"}"))).containsExactly("overrideReason");
        assertThat(onHand(order.product)).isZero();
        assertThat(getAs(Role.WAREHOUSE, DELIVERIES + "/" + delivery.get("id").asString()).body().get("state").asString())
                .isEqualTo("DRAFT");

        var overridden = confirm(Role.MANAGER, delivery, "{\"overrideReason\": \"Two crates free for the promotion\"}");
        assertThat(overridden.status()).as(overridden.raw().body()).isEqualTo(200);
        assertThat(overridden.body().get("overrideReason").asString()).isEqualTo("Two crates free for the promotion");
        assertThat(onHand(order.product)).isEqualTo(288);
        var received = getAs(Role.MANAGER, ORDERS + "/" + order.id).body();
        assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("lines").get(0).get("received").asInt()).isEqualTo(12);
    }

    @Test
    void aConfirmedDeliveryIsFinalAndACancelledOrderReceivesNothing() {
        var order = new Ordered(10);
        var delivery = record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 5}");
        var confirmed = confirm(Role.WAREHOUSE, delivery, "").body();

        assertThat(confirm(Role.WAREHOUSE, delivery, "").body()).isEqualTo(confirmed);
        var changed = putAs(Role.WAREHOUSE, DELIVERIES + "/" + delivery.get("id").asString() + "/lines",
                "{\"lines\": [{\"lineNo\": 1, \"quantity\": 7}]}");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.body().get("type").asString()).endsWith("/delivery-state");
        assertThat(onHand(order.product)).isEqualTo(120);
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + order.id + "/cancel", "").status()).isEqualTo(409);

        var cancelled = new Ordered(10, false);
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + cancelled.id + "/cancel", "").status()).isEqualTo(200);
        assertThat(record(Role.WAREHOUSE, cancelled.id, "{\"lineNo\": 1, \"quantity\": 5}", 409).get("type").asString())
                .endsWith("/purchase-order-state");
        assertThat(postAs(Role.SALES, DELIVERIES, "{}").status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, DELIVERIES + "/" + delivery.get("id").asString()).status()).isEqualTo(403);
    }

    @Test
    void badLinesAreRefusedNamingTheirFieldBeforeAnythingIsWritten() {
        var order = new Ordered(10);
        for (var quantity : List.of("0", "-1", "2.5", "null")) {
            assertThat(fields(post(order.id, "{\"lineNo\": 1, \"quantity\": " + quantity + "}"))).as(quantity)
                    .containsExactly("lines[0].quantity");
        }
        assertThat(fields(post(order.id, "{\"lineNo\": 1, \"quantity\": 1, \"bestBefore\": \"%s\"}"
                .formatted(LocalDate.now().minusDays(1))))).containsExactly("lines[0].bestBefore");
        assertThat(fields(post(order.id, "{\"lineNo\": 9, \"quantity\": 1}"))).containsExactly("lines[0].lineNo");
        assertThat(fields(post(order.id, "{\"lineNo\": 1, \"quantity\": 1, \"locationId\": \"%s\"}"
                .formatted(UUID.randomUUID())))).containsExactly("lines[0].locationId");
        assertThat(fields(post(UUID.randomUUID().toString(), "{\"lineNo\": 1, \"quantity\": 1}"))).containsExactly("orderId");
        assertThat(fields(postAs(Role.WAREHOUSE, DELIVERIES, """
                {"supplierId": "%s", "lines": [{"productId": "%s", "quantity": 1, "unitCost": "10"}]}"""
                .formatted(order.supplier, order.product)))).containsExactly("orderId");
        assertThat(fields(postAs(Role.MANAGER, DELIVERIES, """
                {"supplierId": "%s", "lines": [{"productId": "%s", "quantity": 1, "unitCost": "10.12345"}]}"""
                .formatted(order.supplier, order.product)))).containsExactly("lines[0].unitCost");
        assertThat(fields(postAs(Role.MANAGER, DELIVERIES, """
                {"supplierId": "%s", "lines": [{"productId": "%s", "quantity": 1, "unitCost": "10"}]}"""
                .formatted(order.supplier, UUID.randomUUID())))).containsExactly("lines[0].productId");
        assertThat(fields(postAs(Role.MANAGER, DELIVERIES, """
                {"supplierId": "%s", "lines": [{"productId": "%s", "quantity": 1, "unitCost": "10"}]}"""
                .formatted(UUID.randomUUID(), order.product)))).containsExactly("supplierId");

        assertThat(getAs(Role.MANAGER, DELIVERIES + "?orderId=" + order.id).body().get("totalItems").asLong()).isZero();
        assertThat(getAs(Role.MANAGER, DELIVERIES + "?supplierId=" + order.supplier).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void aManagerReceivesASuppliersSurpriseVanWithoutAnOrder() {
        var order = new Ordered(10, false);
        var created = postAs(Role.MANAGER, DELIVERIES, """
                {"supplierId": "%s", "supplierReference": "BL-7781", "lines": [
                 {"productId": "%s", "packId": "%s", "quantity": 3, "unitCost": "46000"}]}"""
                .formatted(order.supplier, order.product, order.crate));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("orderId").isNull()).isTrue();

        assertThat(confirm(Role.MANAGER, created.body(), "").status()).isEqualTo(200);
        assertThat(onHand(order.product)).isEqualTo(72);
        assertThat(averageCost(order.product)).isEqualByComparingTo("1916.6667");
    }

    @Test
    void tenConcurrentConfirmationsOfOneDeliveryBookItsGoodsOnceAndMoveTheAverageCostOnce() throws Exception {
        var order = new Ordered(10);
        var receipt = postAs(Role.WAREHOUSE, "/api/inventory/receipts", """
                {"reference": "OPENING-%s", "lines": [{"productId": "%s", "quantity": 24, "unitCost": "1000"}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), order.product));
        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(201);
        var delivery = record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 5}");

        var answers = concurrently(10, i -> confirm(Role.WAREHOUSE, delivery, ""));

        assertThat(answers).extracting(Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.body().get("confirmation")).containsOnly(answers.getFirst().body().get("confirmation"));
        assertThat(onHand(order.product)).isEqualTo(24 + 120);
        // (24 x 1000 + 120 x 2000) / 144, once
        assertThat(averageCost(order.product)).isEqualByComparingTo("1833.3333");
        assertThat(getAs(Role.MANAGER, ORDERS + "/" + order.id).body().get("lines").get(0).get("received").asInt()).isEqualTo(5);
    }

    @Test
    void concurrentDeliveriesAgainstOneOrderNeverReceiveMoreThanOrdered() throws Exception {
        var order = new Ordered(10);
        var deliveries = new ArrayList<JsonNode>();
        for (int i = 0; i < 4; i++) {
            deliveries.add(record(Role.WAREHOUSE, order.id, "{\"lineNo\": 1, \"quantity\": 5}"));
        }

        var answers = concurrently(4, i -> confirm(Role.WAREHOUSE, deliveries.get(i), ""));

        assertThat(answers.stream().filter(answer -> answer.status() == 200).count()).isEqualTo(2);
        assertThat(answers.stream().filter(answer -> answer.status() == 409).count()).isEqualTo(2);
        assertThat(onHand(order.product)).isEqualTo(240);
        var received = getAs(Role.MANAGER, ORDERS + "/" + order.id).body();
        assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("lines").get(0).get("received").asInt()).isEqualTo(10);
    }

    private JsonNode record(Role role, String orderId, String line) {
        return record(role, orderId, line, 201);
    }

    private JsonNode record(Role role, String orderId, String line, int status) {
        var created = postAs(role, DELIVERIES, "{\"orderId\": \"" + orderId + "\", \"lines\": [" + line + "]}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(status);
        return created.body();
    }

    private Response post(String orderId, String line) {
        return postAs(Role.WAREHOUSE, DELIVERIES, "{\"orderId\": \"" + orderId + "\", \"lines\": [" + line + "]}");
    }

    private Response confirm(Role role, JsonNode delivery, String body) {
        return postAs(role, DELIVERIES + "/" + delivery.get("id").asString() + "/confirm", body.isEmpty() ? "{}" : body);
    }

    /** On hand, 0 while the product has no stock card yet. */
    @Override
    protected long onHand(String product) {
        var stock = getAs(Role.WAREHOUSE, "/api/inventory/stock/" + product);
        return stock.status() == 404 ? 0 : stock.body().get("onHand").asLong();
    }

    private static BigDecimal averageCost(String product) {
        return (BigDecimal) queryTenantDatabase("demo", "select average_cost from inventory.stock_card where product_id = ?",
                UUID.fromString(product));
    }

    private List<Response> concurrently(int threads, java.util.function.IntFunction<Response> call) throws Exception {
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Response>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                var index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
        }
        var done = new ArrayList<Response>();
        for (var answer : answers) {
            done.add(answer.get());
        }
        return done;
    }

    /** A sent and confirmed (or draft) order of crates of 24 (48,000 a crate, 2,000 a bottle) of a new product. */
    private final class Ordered {

        final String product = product();
        final String crate = pack(product, 24);
        final String supplier = supplier("Delivery test " + UUID.randomUUID()).get("id").asString();
        final String id;

        Ordered(int crates) {
            this(crates, true);
        }

        Ordered(int crates, boolean confirmed) {
            offer(supplier, product, crate, "\"agreedUnitCost\": \"48000\", \"preferred\": true");
            var created = postAs(Role.MANAGER, ORDERS, """
                    {"supplierId": "%s", "lines": [{"productId": "%s", "packId": "%s", "quantity": %d}]}"""
                    .formatted(supplier, product, crate, crates));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            id = created.body().get("id").asString();
            if (confirmed) {
                assertThat(postAs(Role.MANAGER, ORDERS + "/" + id + "/confirm", "").status()).isEqualTo(200);
            }
        }
    }
}
