package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Redirects and Location headers: never built from the Host header (the client's to choose), and they keep a link's query. */
class ForgedHostApiTests extends ApiTestSupport {

    private static final String FORGED_HOST = "evil.example";

    @Test
    void redirectsStayOnTheSiteWhateverTheHost() {
        for (var path : java.util.List.of("/", "/orders", "/admin")) {
            var response = exchange(HttpRequest.newBuilder(uri(path)).header("Host", FORGED_HOST).GET());

            assertThat(response.status()).as(path).isBetween(301, 308);
            assertThat(response.raw().headers().firstValue("Location")).as(path).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/").doesNotContain(FORGED_HOST));
        }
    }

    @Test
    void anAppsAddressWithoutItsSlashKeepsItsFiltersThroughTheRedirect() {
        var response = exchange(HttpRequest.newBuilder(uri("/admin?q=lager&page=2")).header("Host", FORGED_HOST).GET());

        assertThat(response.status()).isBetween(301, 308);
        assertThat(response.raw().headers().firstValue("Location")).contains("/admin/?q=lager&page=2");
    }

    @Test
    void aCreatedResourceIsNamedByItsPath() {
        var product = sendAs(adminOf("demo"), jsonRequest("/api/catalog/products", "POST",
                productBody("demo", uniqueSku(), "Forged host lager").toString()).header("Host", FORGED_HOST));
        var code = "F" + uniqueSku().substring(4, 10);
        var warehouse = sendAs(adminOf("demo"), jsonRequest("/api/inventory/warehouses", "POST",
                "{\"code\":\"" + code + "\",\"name\":\"Forged host depot\"}").header("Host", FORGED_HOST));

        assertThat(product.status()).isEqualTo(201);
        assertThat(product.raw().headers().firstValue("Location"))
                .contains("/api/catalog/products/" + product.body().get("id").asString());
        assertThat(warehouse.status()).isEqualTo(201);
        assertThat(warehouse.raw().headers().firstValue("Location"))
                .contains("/api/inventory/warehouses/" + warehouse.body().get("id").asString());
    }
}
