package io.elif.bootstrap.api;

import io.elif.bootstrap.GeneratedDocs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json is the API the code serves: the build fails when they differ (regenerate with
 * {@code -Delif.docs.write=true}, see {@link GeneratedDocs}), and the build lints it (docs/redocly.yaml).
 */
class OpenApiExportTests extends ApiTestSupport {

    @Test
    void docsHoldTheOpenApiDocumentTheApplicationServes() {
        var document = get(null, "/v3/api-docs").body();

        assertThat(document.get("paths").propertyNames())
                .contains("/api/catalog/products", "/api/catalog/products/{id}", "/api/inventory/stock",
                        "/api/inventory/stock/{productId}", "/api/tenant");
        GeneratedDocs.check("openapi.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }

    /** An integrator who signs in with the names the document gives gets in. */
    @Test
    void theDocumentedCredentialsAreTheOnesTheApiTakes() {
        var schemes = get(null, "/v3/api-docs").body().get("components").get("securitySchemes");
        var csrfCookie = schemes.get("csrfCookie").get("name").asString();
        var csrfHeader = schemes.get("csrfHeader").get("name").asString();

        var csrf = exchange(HttpRequest.newBuilder(uri("/api/auth/csrf")).header("X-Tenant", "demo").GET());
        var token = csrf.cookie(csrfCookie).orElseThrow();
        var login = exchange(jsonRequest("/api/auth/login", "POST",
                JSON.createObjectNode().put("login", ADMIN).put("password", ADMIN_PASSWORD).toString())
                .header("X-Tenant", "demo").header("Cookie", csrfCookie + "=" + token).header(csrfHeader, token));

        assertThat(csrf.body().get("headerName").asString()).isEqualTo(csrfHeader);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.cookie(schemes.get("session").get("name").asString())).isPresent();
        assertThat(schemes.get("apiToken").get("scheme").asString()).isEqualTo("bearer");
    }
}
