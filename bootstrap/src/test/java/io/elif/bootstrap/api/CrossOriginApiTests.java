package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** An SPA on its own origin may call the API only from an allowed origin. */
class CrossOriginApiTests extends ApiTestSupport {

    @Test
    void anAllowedOriginPassesThePreflightWithCredentials() {
        var response = preflight(ALLOWED_ORIGIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(response.raw().headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
    }

    @Test
    void aForeignOriginIsRefused() {
        var response = preflight("http://evil.example");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("type").asString()).endsWith("/cors-refused");
        assertThat(response.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var simple = send("demo", HttpRequest.newBuilder(uri("/api/tenant")).header("Origin", "http://evil.example").GET());
        assertThat(simple.status()).isEqualTo(403);
    }

    @Test
    void anAllowedOriginReadsTheTenantsData() {
        var response = send("demo", HttpRequest.newBuilder(uri("/api/tenant")).header("Origin", ALLOWED_ORIGIN).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
    }

    private Response preflight(String origin) {
        return send(null, HttpRequest.newBuilder(uri("/api/catalog/products"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-tenant"));
    }
}
