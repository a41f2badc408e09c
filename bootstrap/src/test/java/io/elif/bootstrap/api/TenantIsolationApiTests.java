package io.elif.bootstrap.api;

import io.elif.bootstrap.tenancy.TenantDataSources;
import io.elif.bootstrap.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TenantIsolationApiTests extends ApiTestSupport {

    @Autowired
    TenantDataSources tenantDataSources;

    @Test
    void aProductCreatedInDemoIsInvisibleInAcme() {
        var sku = uniqueSku();
        var id = createProduct("demo", sku, "Isolation lager").get("id").asString();

        assertThat(get("demo", "/api/catalog/products/" + id).status()).isEqualTo(200);
        var fromAcme = get("acme", "/api/catalog/products/" + id);
        assertThat(fromAcme.status()).isEqualTo(404);
        assertThat(fromAcme.contentType()).startsWith("application/problem+json");
        assertThat(get("acme", "/api/catalog/products?q=" + sku).body().get("totalItems").asInt()).isZero();
        assertThat(get("demo", "/api/catalog/products?q=" + sku).body().get("totalItems").asInt()).isOne();
    }

    @Test
    void aLoginPageOnABareHostGetsItsCsrfTokenWithoutATenant() {
        var response = exchange(java.net.http.HttpRequest.newBuilder(uri("/api/auth/csrf")).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.cookie("XSRF-TOKEN")).isPresent();
        assertThat(get(null, "/api/catalog/products").status()).isEqualTo(400);
    }

    @Test
    void theSameSkuMayExistInTwoTenants() {
        var sku = uniqueSku();
        createProduct("demo", sku, "Twin in demo");

        assertThat(post("acme", "/api/catalog/products", productBody("acme", sku, "Twin in acme").toString()).status())
                .isEqualTo(201);
    }

    @Test
    void theTenantComesFromTheSubdomain() {
        var response = send(null, HttpRequest.newBuilder(uri("/api/tenant")).header("Host", "acme.localhost:" + port).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("id").asString()).isEqualTo("acme");
    }

    @Test
    void aHeaderThatContradictsTheSubdomainIsRefused() {
        var response = send("demo", HttpRequest.newBuilder(uri("/api/tenant")).header("Host", "acme.localhost:" + port).GET());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).endsWith("/tenant-conflict");
    }

    @Test
    void unknownMissingAndMalformedTenantsAreRefusedBeforeAnyDatabase() {
        var unknown = get("nobody", "/api/catalog/products");
        var missing = get(null, "/api/catalog/products");
        var malformed = get("Demo;drop", "/api/catalog/products");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).endsWith("/tenant-unknown");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("type").asString()).endsWith("/tenant-missing");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("type").asString()).endsWith("/tenant-invalid");
        assertThat(tenantDataSources.openPools()).extracting(TenantId::value)
                .contains("demo", "acme")
                .doesNotContain("nobody", "Demo;drop");
    }
}
