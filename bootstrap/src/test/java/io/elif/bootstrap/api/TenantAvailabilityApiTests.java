package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TenantAvailabilityApiTests extends ApiTestSupport {

    @Test
    void aTenantWhoseMigrationFailedAnswers503WhileTheOthersServe() {
        var broken = get("broken", "/api/catalog/products");

        assertThat(broken.status()).isEqualTo(503);
        assertThat(broken.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(broken.body().get("type").asString()).endsWith("/tenant-unavailable");
        assertThat(get("demo", "/api/tenant").body().get("status").asString()).isEqualTo("UP");
        assertThat(get("acme", "/api/catalog/products").status()).isEqualTo(200);
    }

    @Test
    void healthReportsEachTenantToTheOperator() {
        var health = exchange(HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", "Bearer " + OPERATOR_TOKEN).GET());
        var tenants = health.body().get("components").get("tenants").get("components");

        assertThat(tenants.get("demo").get("status").asString()).isEqualTo("UP");
        assertThat(tenants.get("acme").get("status").asString()).isEqualTo("UP");
        assertThat(tenants.get("broken").get("status").asString()).isEqualTo("DOWN");
    }

    @Test
    void healthLeaksNoConnectionDetailsEvenToTheOperator() {
        var health = exchange(HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", "Bearer " + OPERATOR_TOKEN).GET())
                .raw().body();

        assertThat(health).doesNotContain("jdbc:", "password", "elif_api_missing_database");
    }

    @Test
    void aTenantWhoseDatabaseVanishesAnswers503() {
        assertThat(get("fragile", "/api/catalog/products").status()).isEqualTo(200);
        dropTenantDatabase("fragile");

        var response = get("fragile", "/api/catalog/products");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body().get("type").asString()).endsWith("/tenant-unavailable");
        assertThat(response.raw().body()).doesNotContain("elif_api_fragile", "jdbc", "SQL");
        assertThat(get("demo", "/api/catalog/products").status()).isEqualTo(200);
    }
}
