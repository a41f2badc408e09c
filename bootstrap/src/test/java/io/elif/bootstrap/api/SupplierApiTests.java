package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Purchasing's suppliers and what they sell, over HTTP with a session per role. */
class SupplierApiTests extends PurchasingApiSupport {

    @Test
    void aManagerRegistersASupplierWithTheTenantsCurrencyAndTheWarehouseOnlyReadsIt() {
        var code = code();
        var created = postAs(Role.MANAGER, SUPPLIERS, """
                {"code": "%s", "name": "Star Brasseries", "contact": "Hery Rakoto", "phone": "+261 20 22 227 11",
                 "email": "commandes@star.mg", "address": "Route de l'usine\\nAntananarivo", "taxNumber": "NIF 3000000001"}
                """.formatted(code.toLowerCase()));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var supplier = created.body();
        var id = supplier.get("id").asString();
        assertThat(created.raw().headers().firstValue("Location")).contains(SUPPLIERS + "/" + id);
        assertThat(supplier.get("code").asString()).isEqualTo(code);
        assertThat(supplier.get("currency").asString()).isEqualTo(getAs(Role.MANAGER, "/api/catalog/settings").body()
                .get("currency").asString());
        assertThat(supplier.get("paymentTermsDays").asInt()).isEqualTo(30);
        assertThat(supplier.get("active").asBoolean()).isTrue();

        for (var role : List.of(Role.MANAGER, Role.ADMIN, Role.WAREHOUSE)) {
            assertThat(getAs(role, SUPPLIERS + "?q=" + code).body().get("totalItems").asLong()).as(role.name()).isEqualTo(1);
            assertThat(getAs(role, SUPPLIERS + "/" + id).status()).as(role.name()).isEqualTo(200);
        }
        assertThat(getAs(Role.WAREHOUSE, SUPPLIERS + "/" + id + "/products").status()).isEqualTo(403);
        assertThat(postAs(Role.WAREHOUSE, SUPPLIERS, "{\"code\": \"X\", \"name\": \"X\"}").status()).isEqualTo(403);
        for (var path : List.of(SUPPLIERS, SUPPLIERS + "/" + id, SUPPLIERS + "/" + id + "/products")) {
            assertThat(getAs(Role.SALES, path).status()).as(path).isEqualTo(403);
        }
        assertThat(exchange(HttpRequest.newBuilder(uri(SUPPLIERS)).header("X-Tenant", "demo").GET()).status()).isEqualTo(401);
        assertThat(get("acme", SUPPLIERS + "/" + id).status()).isEqualTo(404);
        assertThat(getAs(Role.MANAGER, SUPPLIERS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aManagerChangesDeactivatesAndFindsSuppliersAgain() {
        var supplier = supplier("Boissons du Sud " + UUID.randomUUID());
        var id = supplier.get("id").asString();
        var code = supplier.get("code").asString();

        var changed = putAs(Role.MANAGER, SUPPLIERS + "/" + id, """
                {"name": "Boissons du Sud SA", "contact": "Voahangy", "paymentTermsDays": 45, "currency": "EUR"}""");
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("code").asString()).isEqualTo(code);
        assertThat(changed.body().get("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(changed.body().get("currency").asString()).isEqualTo("EUR");

        assertThat(postAs(Role.MANAGER, SUPPLIERS + "/" + id + "/deactivate", "").body().get("active").asBoolean()).isFalse();
        assertThat(ids(getAs(Role.MANAGER, SUPPLIERS + "?active=true&q=" + code).body())).isEmpty();
        assertThat(ids(getAs(Role.MANAGER, SUPPLIERS + "?active=false&q=" + code).body())).containsExactly(id);
        assertThat(postAs(Role.ADMIN, SUPPLIERS + "/" + id + "/activate", "").body().get("active").asBoolean()).isTrue();

        var duplicate = postAs(Role.MANAGER, SUPPLIERS, "{\"code\": \"" + code.toLowerCase() + "\", \"name\": \"Other\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-code");
    }

    @Test
    void aSupplierSellsPacksWithTermsAndOneSupplierIsPreferredPerProduct() {
        var product = product();
        var crate = pack(product, 24);
        var first = supplier("Star " + UUID.randomUUID()).get("id").asString();
        var second = supplier("Rival " + UUID.randomUUID()).get("id").asString();

        var offer = offer(first, product, crate, """
                "reference": "THB-65-C24", "agreedUnitCost": "52000.5", "minimumOrderQuantity": 10, "orderMultiple": 5,
                "leadTimeDays": 3, "preferred": true""");
        assertThat(offer.get("unitsPerPack").asInt()).isEqualTo(24);
        assertThat(offer.get("agreedUnitCost").asString()).isEqualTo("52000.5000");
        assertThat(offer.get("lastUnitCost").isNull()).isTrue();
        assertThat(offer.get("sku").asString()).startsWith("API-");
        assertThat(offer.get("preferred").asBoolean()).isTrue();

        var bottles = offer(second, product, null, "\"preferred\": true");
        assertThat(bottles.get("unitsPerPack").asInt()).isEqualTo(1);
        assertThat(bottles.get("minimumOrderQuantity").asInt()).isEqualTo(1);
        assertThat(getAs(Role.MANAGER, SUPPLIERS + "/" + first + "/products").body().get(0).get("preferred").asBoolean())
                .isFalse();

        var again = postAs(Role.MANAGER, SUPPLIERS + "/" + first + "/products",
                "{\"productId\": \"" + product + "\", \"packId\": \"" + crate + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/duplicate-supplier-product");

        var changed = putAs(Role.MANAGER, SUPPLIERS + "/" + first + "/products/" + offer.get("id").asString(), """
                {"reference": "THB-65-C24", "agreedUnitCost": "51000", "minimumOrderQuantity": 5, "orderMultiple": 5,
                 "leadTimeDays": 2, "preferred": true}""");
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("agreedUnitCost").asString()).isEqualTo("51000.0000");
        assertThat(getAs(Role.MANAGER, SUPPLIERS + "/" + second + "/products").body().get(0).get("preferred").asBoolean())
                .isFalse();
        assertThat(putAs(Role.MANAGER, SUPPLIERS + "/" + second + "/products/" + offer.get("id").asString(),
                "{\"preferred\": false}").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        assertThat(fields(postAs(Role.MANAGER, SUPPLIERS, """
                {"code": "bad code", "name": " ", "phone": "call me", "address": "%s", "paymentTermsDays": 366,
                 "currency": "euro"}""".formatted("x".repeat(501)))))
                .containsExactlyInAnyOrder("code", "name", "phone", "address", "paymentTermsDays", "currency");
        assertThat(fields(postAs(Role.MANAGER, SUPPLIERS, "{\"code\": \"A1\", \"name\": \"A\", \"email\": \"a@\"}")))
                .containsExactly("email");

        var supplier = supplier("Terms " + UUID.randomUUID()).get("id").asString();
        var product = product();
        var products = SUPPLIERS + "/" + supplier + "/products";
        assertThat(fields(postAs(Role.MANAGER, products, """
                {"productId": "%s", "agreedUnitCost": "1.00001", "minimumOrderQuantity": 0, "orderMultiple": -5,
                 "leadTimeDays": 400}""".formatted(product))))
                .containsExactlyInAnyOrder("agreedUnitCost", "minimumOrderQuantity", "orderMultiple", "leadTimeDays");
        assertThat(fields(postAs(Role.MANAGER, products, "{\"productId\": \"" + product + "\", \"orderMultiple\": 2.5}")))
                .containsExactly("orderMultiple");
        assertThat(fields(postAs(Role.MANAGER, products, "{\"productId\": \"" + UUID.randomUUID() + "\"}")))
                .containsExactly("productId");
        assertThat(fields(postAs(Role.MANAGER, products, """
                {"productId": "%s", "packId": "%s"}""".formatted(product, UUID.randomUUID()))))
                .containsExactly("packId");
        assertThat(postAs(Role.MANAGER, SUPPLIERS + "/" + UUID.randomUUID() + "/products",
                "{\"productId\": \"" + product + "\"}").status()).isEqualTo(404);
        assertThat(getAs(Role.MANAGER, products).body().size()).isZero();
    }
}
