package io.elif.bootstrap.api;

import io.elif.identity.Role;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What purchasing's API tests set up through HTTP: products with packs, suppliers and their offers. */
abstract class PurchasingApiSupport extends ApiTestSupport {

    protected static final String SUPPLIERS = "/api/purchasing/suppliers";
    protected static final String ORDERS = "/api/purchasing/orders";

    /** A product of the demo tenant (a bottle, tax class "VAT 20" at 20 %); its id. */
    protected String product() {
        var body = productBody("demo", uniqueSku(), "Purchased " + UUID.randomUUID());
        body.put("taxClassId", taxClassId("demo", "VAT 20"));
        return createProduct("demo", body).get("id").asString();
    }

    /** A pack of the product holding that many bottles; its id. */
    protected String pack(String product, int units) {
        var created = post("demo", "/api/catalog/products/" + product + "/packs", """
                {"name": "Crate of %d", "unitsPerPack": %d, "prices": {"LEVEL_1": "60000"}}""".formatted(units, units));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        if (created.body().has("packs")) {
            return created.body().get("packs").valueStream().filter(pack -> pack.get("unitsPerPack").asInt() == units)
                    .findFirst().orElseThrow().get("id").asString();
        }
        return created.body().get("id").asString();
    }

    /** A supplier registered by a manager; its JSON. */
    protected JsonNode supplier(String name) {
        var created = postAs(Role.MANAGER, SUPPLIERS, """
                {"code": "%s", "name": "%s"}""".formatted(code(), name));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    /** The supplier sells the product's pack with these terms; the offer's JSON. */
    protected JsonNode offer(String supplier, String product, String pack, String terms) {
        var created = postAs(Role.MANAGER, SUPPLIERS + "/" + supplier + "/products", """
                {"productId": "%s"%s%s}""".formatted(product, pack == null ? "" : ", \"packId\": \"" + pack + "\"",
                terms.isEmpty() ? "" : ", " + terms));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    protected static String code() {
        return "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
