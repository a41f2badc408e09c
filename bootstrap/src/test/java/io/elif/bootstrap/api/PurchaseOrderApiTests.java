package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Purchase orders over HTTP: exact totals, transitions the order owns, numbers under load, bad input refused. */
class PurchaseOrderApiTests extends PurchasingApiSupport {

    @Test
    void aManagerOrdersCratesAndBottlesWithExactTotalsThenSendsAndConfirmsTheOrder() {
        var setUp = new SetUp();
        var created = postAs(Role.MANAGER, ORDERS, setUp.order("""
                {"productId": "%s", "packId": "%s", "quantity": 10},
                {"productId": "%s", "quantity": 10, "unitCost": "1250.5"}""".formatted(
                setUp.product, setUp.crate, setUp.product)));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var order = created.body();
        var id = order.get("id").asString();
        assertThat(created.raw().headers().firstValue("Location")).contains(ORDERS + "/" + id);
        assertThat(order.get("number").asString()).matches("PO-\\d{4}-\\d{6}");
        assertThat(order.get("state").asString()).isEqualTo("DRAFT");
        assertThat(order.get("supplier").get("id").asString()).isEqualTo(setUp.supplier);
        var crates = order.get("lines").get(0);
        assertThat(crates.get("unitsPerPack").asInt()).isEqualTo(24);
        assertThat(crates.get("unitCost").asString()).isEqualTo("52000.0000");
        assertThat(crates.get("taxRate").asString()).isEqualTo("20.00");
        assertThat(crates.get("amount").asString()).isEqualTo("520000.00");
        assertThat(crates.get("tax").asString()).isEqualTo("104000.00");
        assertThat(crates.get("outstanding").asInt()).isEqualTo(10);
        assertThat(order.get("lines").get(1).get("amount").asString()).isEqualTo("12505.00");
        assertThat(order.get("net").asString()).isEqualTo("532505.00");
        assertThat(order.get("tax").asString()).isEqualTo("106501.00");
        assertThat(order.get("total").asString()).isEqualTo("639006.00");
        assertThat(order.get("created").get("by").asString()).isEqualTo("manager_user");

        var sent = postAs(Role.MANAGER, ORDERS + "/" + id + "/send", "");
        assertThat(sent.body().get("state").asString()).isEqualTo("SENT");
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + id + "/send", "").body()).isEqualTo(sent.body());
        var changeLines = putAs(Role.MANAGER, ORDERS + "/" + id + "/lines", """
                {"lines": [{"productId": "%s", "quantity": 1, "unitCost": "1250"}]}""".formatted(setUp.product));
        assertThat(changeLines.status()).isEqualTo(409);
        assertThat(changeLines.body().get("type").asString()).endsWith("/purchase-order-state");
        assertThat(postAs(Role.ADMIN, ORDERS + "/" + id + "/confirm", "").body().get("state").asString()).isEqualTo("CONFIRMED");

        var listed = getAs(Role.WAREHOUSE, ORDERS + "?supplierId=" + setUp.supplier + "&state=CONFIRMED").body();
        assertThat(ids(listed)).containsExactly(id);
        assertThat(listed.get("items").get(0).get("total").asString()).isEqualTo("639006.00");
        assertThat(ids(getAs(Role.MANAGER, ORDERS + "?supplierId=" + setUp.supplier + "&state=DRAFT").body())).isEmpty();
        assertThat(ids(getAs(Role.MANAGER, ORDERS + "?q=" + order.get("number").asString()).body())).containsExactly(id);
    }

    @Test
    void aPurchaseOrderPrintsAsAPdfWithTheLetterheadTheSupplierAndTheTotals() throws Exception {
        var setUp = new SetUp();
        var id = setUp.draft(10);
        var number = getAs(Role.MANAGER, ORDERS + "/" + id).body().get("number").asString();

        var pdf = download(Role.MANAGER, id);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("inline", number + ".pdf"));
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PURCHASE ORDER", number, DEMO_COMPANY, "Order test", "Draft: not yet an order",
                    "52,000", "520,000 MGA", "104,000 MGA", "624,000 MGA", "Page 1 of 1");
        }
        assertThat(download(Role.WAREHOUSE, id).statusCode()).isEqualTo(403);
        assertThat(download(Role.SALES, id).statusCode()).isEqualTo(403);
        assertThat(download(Role.MANAGER, UUID.randomUUID().toString()).statusCode()).isEqualTo(404);
    }

    @Test
    void transitionsTheStateDoesNotAllowAreConflictsAndARepeatChangesNothing() {
        var setUp = new SetUp();
        var id = setUp.draft(10);

        assertThat(postAs(Role.MANAGER, ORDERS + "/" + id + "/close", "{\"reason\": \"Never mind\"}").status()).isEqualTo(409);
        var cancelled = postAs(Role.MANAGER, ORDERS + "/" + id + "/cancel", "");
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + id + "/cancel", "").body()).isEqualTo(cancelled.body());
        for (var action : List.of("send", "confirm")) {
            var refused = postAs(Role.MANAGER, ORDERS + "/" + id + "/" + action, "");
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.body().get("type").asString()).endsWith("/purchase-order-state");
        }

        var other = setUp.draft(15);
        postAs(Role.MANAGER, ORDERS + "/" + other + "/send", "");
        assertThat(fields(postAs(Role.MANAGER, ORDERS + "/" + other + "/close", "{\"reason\": \" \"}"))).containsExactly("reason");
        var closed = postAs(Role.MANAGER, ORDERS + "/" + other + "/close", "{\"reason\": \"The brewery stopped this beer\"}");
        assertThat(closed.body().get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("closeReason").asString()).isEqualTo("The brewery stopped this beer");
        assertThat(postAs(Role.MANAGER, ORDERS + "/" + UUID.randomUUID() + "/send", "").status()).isEqualTo(404);
    }

    @Test
    void onlyManagersOrderTheWarehouseReadsAndSalesSeesNothing() {
        var setUp = new SetUp();
        var id = setUp.draft(10);
        var body = setUp.order("{\"productId\": \"%s\", \"packId\": \"%s\", \"quantity\": 10}".formatted(setUp.product, setUp.crate));

        assertThat(postAs(Role.WAREHOUSE, ORDERS, body).status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, ORDERS, body).status()).isEqualTo(403);
        for (var action : List.of("send", "confirm", "cancel")) {
            assertThat(postAs(Role.WAREHOUSE, ORDERS + "/" + id + "/" + action, "").status()).as(action).isEqualTo(403);
        }
        assertThat(getAs(Role.WAREHOUSE, ORDERS + "/" + id).status()).isEqualTo(200);
        assertThat(getAs(Role.SALES, ORDERS + "/" + id).status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, ORDERS).status()).isEqualTo(403);
        assertThat(get("acme", ORDERS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void badLinesAreRefusedNamingTheirFieldAndNothingIsWritten() {
        var setUp = new SetUp();
        var line = "{\"productId\": \"" + setUp.product + "\", \"packId\": \"" + setUp.crate + "\", \"quantity\": %s}";

        for (var quantity : List.of("0", "-5", "10.5", "\"ten\"", "null")) {
            assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order(line.formatted(quantity))))).as(quantity)
                    .containsExactly("lines[0].quantity");
        }
        assertThat(message(postAs(Role.MANAGER, ORDERS, setUp.order(line.formatted("12"))))).contains("multiples of 5");
        assertThat(message(postAs(Role.MANAGER, ORDERS, setUp.order(line.formatted("5"))))).contains("at least 10");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order("""
                {"productId": "%s", "packId": "%s", "quantity": 10, "unitCost": "52000.12345"}"""
                .formatted(setUp.product, setUp.crate))))).containsExactly("lines[0].unitCost");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order("""
                {"productId": "%s", "packId": "%s", "quantity": 10, "unitCost": "-1"}"""
                .formatted(setUp.product, setUp.crate))))).containsExactly("lines[0].unitCost");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order(
                "{\"productId\": \"%s\", \"quantity\": 10}".formatted(UUID.randomUUID()))))).containsExactly("lines[0].productId");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order("{\"productId\": \"%s\", \"packId\": \"%s\", \"quantity\": 10}"
                .formatted(setUp.product, UUID.randomUUID()))))).containsExactly("lines[0].packId");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order(line.formatted("10") + ", " + line.formatted("15")))))
                .containsExactly("lines[1].packId");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, """
                {"supplierId": "%s", "lines": [%s]}""".formatted(UUID.randomUUID(), line.formatted("10")))))
                .containsExactly("supplierId");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, """
                {"supplierId": "%s", "warehouseId": "%s", "lines": [%s]}""".formatted(setUp.supplier, UUID.randomUUID(),
                line.formatted("10"))))).containsExactly("warehouseId");
        assertThat(fields(postAs(Role.MANAGER, ORDERS, "{\"supplierId\": \"" + setUp.supplier + "\", \"lines\": []}")))
                .containsExactly("lines");
        // a product the supplier does not sell
        assertThat(fields(postAs(Role.MANAGER, ORDERS, setUp.order("{\"productId\": \"%s\", \"quantity\": 10}"
                .formatted(product()))))).containsExactly("lines[0].packId");

        assertThat(getAs(Role.MANAGER, ORDERS + "?supplierId=" + setUp.supplier).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void aRetriedCreationWithItsIdempotencyKeyCreatesOneOrder() {
        var setUp = new SetUp();
        var body = setUp.order("{\"productId\": \"%s\", \"packId\": \"%s\", \"quantity\": 10}".formatted(setUp.product, setUp.crate));
        var key = UUID.randomUUID().toString();

        var first = sendAs(sessionAs("demo", Role.MANAGER), jsonRequest(ORDERS, "POST", body).header("Idempotency-Key", key));
        var retried = sendAs(sessionAs("demo", Role.MANAGER), jsonRequest(ORDERS, "POST", body).header("Idempotency-Key", key));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(getAs(Role.MANAGER, ORDERS + "?supplierId=" + setUp.supplier).body().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentCreationsGetFiftyConsecutiveNumbers() throws Exception {
        var setUp = new SetUp();
        var body = setUp.order("{\"productId\": \"%s\", \"packId\": \"%s\", \"quantity\": 10}".formatted(setUp.product, setUp.crate));
        var session = sessionAs("demo", Role.MANAGER);
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Response>>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return createRetryingWhileBusy(session, body);
                }));
            }
            start.countDown();
        }
        var numbers = new ArrayList<Long>();
        for (var answer : answers) {
            var response = answer.get();
            assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
            numbers.add(Long.parseLong(response.body().get("number").asString().substring(8)));
        }
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(49);
        assertThat(getAs(Role.MANAGER, ORDERS + "?supplierId=" + setUp.supplier).body().get("totalItems").asLong()).isEqualTo(50);
    }

    /**
     * A client's creation: one Idempotency-Key, sent again while the tenant answers 503 (its pool of 8 connections is
     * taken by the creations queued on the year's number, which this machine may serve slower than the pool's wait),
     * as the 503 says to. The key makes a repeat harmless; the test counts the orders made.
     */
    private Response createRetryingWhileBusy(Session session, String body) {
        var key = UUID.randomUUID().toString();
        Response response = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            response = sendAs(session, jsonRequest(ORDERS, "POST", body).header("Idempotency-Key", key));
            if (response.status() != 503) {
                return response;
            }
        }
        return response;
    }

    private HttpResponse<byte[]> download(Role role, String id) throws Exception {
        var request = sessionAs("demo", role).apply(HttpRequest.newBuilder(uri(ORDERS + "/" + id + "/document.pdf"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String message(Response response) {
        assertThat(fields(response)).containsExactly("lines[0].quantity");
        return response.body().get("errors").get(0).get("message").asString();
    }

    /** A supplier selling a product (20 % tax) by the crate of 24 (52,000 agreed, at least 10, by 5) and by the bottle. */
    private final class SetUp {

        final String product = product();
        final String crate = pack(product, 24);
        final String supplier = supplier("Order test " + UUID.randomUUID()).get("id").asString();

        SetUp() {
            offer(supplier, product, crate, "\"agreedUnitCost\": \"52000\", \"minimumOrderQuantity\": 10, \"orderMultiple\": 5");
            offer(supplier, product, null, "");
        }

        String order(String lines) {
            return "{\"supplierId\": \"" + supplier + "\", \"lines\": [" + lines + "]}";
        }

        /** A draft of that many crates; its id. */
        String draft(int crates) {
            var created = postAs(Role.MANAGER, ORDERS, order("{\"productId\": \"%s\", \"packId\": \"%s\", \"quantity\": %d}"
                    .formatted(product, crate, crates)));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            return created.body().get("id").asString();
        }
    }

}
