package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stock changed by hand through the API: reasons, limits, and the ledger that records who and why. */
class AdjustmentApiTests extends ApiTestSupport {

    @Test
    void aStorekeeperBooksAFindAndABreakageAndTheLedgerShowsWhoAndWhy() {
        var product = stockedProduct();
        var warehouse = sessionAs("demo", Role.WAREHOUSE);

        var found = adjust(warehouse, product, 10, "FOUND", "back store recount");
        var broken = adjust(warehouse, product, -2, "BREAKAGE", "crate dropped");

        assertThat(found.status()).isEqualTo(201);
        assertThat(broken.status()).isEqualTo(201);
        assertThat(broken.body().get("onHand").asLong()).isEqualTo(8);
        assertThat(broken.body().get("available").asLong()).isEqualTo(8);
        var ledger = sendAs(warehouse, HttpRequest.newBuilder(uri("/api/inventory/stock/" + product + "/movements")).GET()).body();
        assertThat(ledger.get(0).get("quantity").asLong()).isEqualTo(-2);
        assertThat(ledger.get(0).get("reason").asString()).isEqualTo("BREAKAGE");
        assertThat(ledger.get(0).get("actor").asString()).isEqualTo("warehouse_user");
        assertThat(ledger.get(1).get("reason").asString()).isEqualTo("FOUND");
        assertThat(get("demo", "/api/inventory/stock/consistency").body().get("consistent").asBoolean()).isTrue();
    }

    @Test
    void aReasonAllowsOnlyItsDirectionAndZeroChangesNothing() {
        var product = stockedProduct();
        var warehouse = sessionAs("demo", Role.WAREHOUSE);

        var wrongDirection = adjust(warehouse, product, 3, "BREAKAGE", null);
        var zero = adjust(warehouse, product, 0, "CORRECTION", null);
        var unknownReason = adjust(warehouse, product, 1, "GIFT", null);

        for (var response : new Response[] {wrongDirection, zero, unknownReason}) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString()).isIn("quantity", "reason");
        }
        assertThat(wrongDirection.body().get("errors").get(0).get("message").asString()).contains("negative");
    }

    @Test
    void takingMoreThanIsAvailableIsAConflictNamingWhatIsLeft() {
        var product = stockedProduct();
        var warehouse = sessionAs("demo", Role.WAREHOUSE);
        adjust(warehouse, product, 3, "FOUND", null);

        var theft = adjust(warehouse, product, -5, "THEFT", null);

        assertThat(theft.status()).isEqualTo(409);
        assertThat(theft.body().get("type").asString()).endsWith("/insufficient-stock");
        assertThat(theft.body().get("available").asLong()).isEqualTo(3);
        assertThat(theft.body().get("productId").asString()).isEqualTo(product);
    }

    @Test
    void salesClerksCannotChangeStock() {
        var product = stockedProduct();

        assertThat(adjust(sessionAs("demo", Role.SALES), product, 1, "FOUND", null).status()).isEqualTo(403);
    }

    private String stockedProduct() {
        var id = createProduct("demo", uniqueSku(), "Adjusted lager").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("demo", "/api/inventory/stock/" + id).status() == 200);
        return id;
    }

    private Response adjust(Session session, String product, long quantity, String reason, String note) {
        var body = JSON.createObjectNode().put("productId", product).put("quantity", quantity).put("reason", reason);
        if (note != null) {
            body.put("note", note);
        }
        return sendAs(session, jsonRequest("/api/inventory/adjustments", "POST", body.toString()));
    }
}
