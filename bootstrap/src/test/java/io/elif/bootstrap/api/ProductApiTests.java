package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductApiTests extends ApiTestSupport {

    @Test
    void createsAndReadsAProductWithAnExactPrice() {
        var sku = uniqueSku();
        var body = productBody("demo", sku.toLowerCase(), "Dzama 70cl");
        body.putObject("prices").put("LEVEL_1", 25000.10);
        var created = post("demo", "/api/catalog/products", body.toString());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/catalog/products/" + created.body().get("id").asString()));
        var read = get("demo", "/api/catalog/products/" + created.body().get("id").asString()).body();
        assertThat(read.get("sku").asString()).isEqualTo(sku);
        assertThat(read.get("price").asString()).isEqualTo("25000.10");
        assertThat(read.get("prices").get("LEVEL_1").asString()).isEqualTo("25000.10");
    }

    @Test
    void invalidPayloadsNameEveryBadFieldAndWriteNothing() {
        var before = productCount();
        var response = post("demo", "/api/catalog/products", """
                {"sku":"has space","name":"","baseUnit":"BOTTLE","prices":{"LEVEL_1":"-1.005"}}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://elif.io/problems/validation");
        assertThat(response.body().get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains("sku", "name", "categoryId", "taxClassId", "prices[LEVEL_1]");
        assertThat(productCount()).isEqualTo(before);
    }

    @Test
    void anUnknownUnitIsAnsweredWithTheAllowedOnes() {
        var response = post("demo", "/api/catalog/products",
                productBody("demo", "X-1", "Crate").put("baseUnit", "CRATE").toString());

        assertThat(response.status()).isEqualTo(400);
        var error = response.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("baseUnit");
        assertThat(error.get("message").asString()).contains("BOTTLE", "CAN");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        var response = post("demo", "/api/catalog/products", "{\"sku\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).doesNotContain("Exception", "tools.jackson", "at [Source");
    }

    @Test
    void aDuplicateSkuIsAConflictAndWritesNothing() {
        var sku = uniqueSku();
        createProduct("demo", sku, "Original");
        var before = productCount();

        var duplicate = post("demo", "/api/catalog/products",
                productBody("demo", sku.toLowerCase(), "Copy").put("baseUnit", "CAN").toString());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-sku");
        assertThat(duplicate.body().get("detail").asString()).contains(sku);
        assertThat(productCount()).isEqualTo(before);
    }

    @Test
    void pagesAreBounded() {
        var tooLarge = get("demo", "/api/catalog/products?size=101");
        var negative = get("demo", "/api/catalog/products?page=-1");

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(negative.status()).isEqualTo(400);
    }

    @Test
    void unknownIdsAndPathsAreProblems() {
        assertThat(get("demo", "/api/catalog/products/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(get("demo", "/api/catalog/products/not-a-uuid").body().get("errors").get(0).get("field").asString())
                .isEqualTo("id");
        var unknownOperation = get("demo", "/api/nothing-here");
        assertThat(unknownOperation.status()).as("no row in the permission matrix, no access").isEqualTo(403);
        assertThat(unknownOperation.contentType()).startsWith("application/problem+json");
        var unknownPage = get(null, "/nothing-here");
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(unknownPage.contentType()).startsWith("application/problem+json");
    }

    private long productCount() {
        return (Long) queryTenantDatabase("demo", "select count(*) from catalog.product");
    }
}
