package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reorder suggestions over HTTP: from stock falling below its minimum to a draft order, never twice. */
class ReorderApiTests extends PurchasingApiSupport {

    private static final String SUGGESTIONS = "/api/purchasing/reorder-suggestions";

    @Test
    void stockBelowItsMinimumIsSuggestedUpToItsMaximumAndOrderedOnce() {
        var body = productBody("demo", uniqueSku(), "Reordered " + UUID.randomUUID());
        body.put("taxClassId", taxClassId("demo", "VAT 20")).put("minimumStock", 50).put("maximumStock", 200);
        var product = createProduct("demo", body).get("id").asString();
        var crate = pack(product, 24);
        var supplier = supplier("Reorder test " + UUID.randomUUID()).get("id").asString();
        offer(supplier, product, crate, "\"agreedUnitCost\": \"48000\", \"orderMultiple\": 3, \"preferred\": true");
        await().atMost(Duration.ofSeconds(10)).until(() -> getAs(Role.WAREHOUSE, "/api/inventory/stock/" + product).status() == 200);
        receive(product, 60);
        var adjusted = postAs(Role.WAREHOUSE, "/api/inventory/adjustments", """
                {"productId": "%s", "quantity": -30, "reason": "BREAKAGE"}""".formatted(product));
        assertThat(adjusted.status()).as(adjusted.raw().body()).isEqualTo(201);

        var line = await().atMost(Duration.ofSeconds(10)).until(() -> suggestion(supplier, product), Optional::isPresent).orElseThrow();
        // 200 - 30 = 170 bottles: 8 crates of 24, rounded up to a multiple of 3
        assertThat(line.get("onHand").asLong()).isEqualTo(30);
        assertThat(line.get("shortfall").asLong()).isEqualTo(170);
        assertThat(line.get("packs").asLong()).isEqualTo(9);
        assertThat(line.get("unitCost").asString()).isEqualTo("48000.0000");
        assertThat(getAs(Role.WAREHOUSE, SUGGESTIONS).status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, SUGGESTIONS).status()).isEqualTo(403);

        var ordered = postAs(Role.MANAGER, SUGGESTIONS + "/" + supplier + "/order", "");
        assertThat(ordered.status()).as(ordered.raw().body()).isEqualTo(201);
        assertThat(ordered.body().get("state").asString()).isEqualTo("DRAFT");
        assertThat(ordered.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(9);
        assertThat(ordered.body().get("lines").get(0).get("packId").asString()).isEqualTo(crate);

        assertThat(suggestion(supplier, product)).isEmpty();
        var again = postAs(Role.MANAGER, SUGGESTIONS + "/" + supplier + "/order", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/nothing-to-reorder");

        assertThat(postAs(Role.MANAGER, ORDERS + "/" + ordered.body().get("id").asString() + "/cancel", "").status()).isEqualTo(200);
        assertThat(suggestion(supplier, product)).isPresent();
    }

    private Optional<JsonNode> suggestion(String supplier, String product) {
        var suggestions = getAs(Role.MANAGER, SUGGESTIONS);
        assertThat(suggestions.status()).as(suggestions.raw().body()).isEqualTo(200);
        return suggestions.body().valueStream()
                .filter(entry -> entry.get("supplierId").asString().equals(supplier))
                .flatMap(entry -> entry.get("lines").valueStream())
                .filter(entry -> entry.get("productId").asString().equals(product))
                .findFirst();
    }
}
