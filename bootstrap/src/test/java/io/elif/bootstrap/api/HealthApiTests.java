package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health as outsiders and operators see it: anyone learns whether the instance serves, nobody but an
 * operator learns which tenants exist or how each is.
 */
class HealthApiTests extends ApiTestSupport {

    @Test
    void anonymousCallersSeeOnlyTheOverallStatus() {
        var health = get(null, "/actuator/health");

        assertThat(health.status()).as("tenant 'broken' is DOWN").isEqualTo(503);
        assertThat(health.body().get("status").asString()).isEqualTo("DOWN");
        assertThat(health.body().has("components")).isFalse();
        assertThat(health.raw().body()).doesNotContain("demo", "acme", "broken", "tenants");
    }

    @Test
    void aTenantsHealthTellsAnOutsiderNotEvenWhetherTheTenantExists() {
        var unknown = get(null, "/actuator/health/tenants/no_such_company");
        var responses = List.of(get(null, "/actuator/health/tenants/demo"), get(null, "/actuator/health/tenants/broken"),
                get(null, "/actuator/health/tenants"), unknown);

        for (var response : responses) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.raw().body()).isEqualTo(unknown.raw().body());
        }
    }

    @Test
    void theOperatorSeesEachTenant() {
        var tenants = asOperator("/actuator/health").body().get("components").get("tenants").get("components");

        assertThat(tenants.get("demo").get("status").asString()).isEqualTo("UP");
        assertThat(tenants.get("acme").get("status").asString()).isEqualTo("UP");
        assertThat(tenants.get("broken").get("status").asString()).isEqualTo("DOWN");
        assertThat(asOperator("/actuator/health/tenants/acme").status()).isEqualTo(200);
        assertThat(asOperator("/actuator/health/tenants/broken").status()).isEqualTo(503);
        assertThat(asOperator("/actuator/health/tenants/no_such_company").status()).isEqualTo(404);
    }

    @Test
    void onlyTheOperatorTokenOpensTheOperatorEndpoint() {
        var apiToken = sendAs(adminOf("demo"), jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"not an operator\"}"))
                .body().get("token").asString();

        var wrongToken = withBearer("not-the-operator-token");
        var theHashItself = withBearer(sha256Hex(OPERATOR_TOKEN));
        var tenantApiToken = withBearer(apiToken);
        var adminSession = sendAs(adminOf("demo"), HttpRequest.newBuilder(uri("/actuator/health/tenants/demo")).GET());

        for (var refused : List.of(wrongToken, theHashItself, tenantApiToken, adminSession)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("type").asString()).endsWith("/unauthenticated");
        }
        var adminsOverview = sendAs(adminOf("demo"), HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(adminsOverview.body().has("components")).as("a tenant's admin is no operator").isFalse();
    }

    @Test
    void livenessAndReadinessAnswerAnyoneAndDoNotDependOnTenants() {
        for (var probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = get(null, probe);

            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.body().has("components")).isFalse();
            assertThat(response.body().get("status").asString()).isEqualTo("UP");
        }
    }

    private Response asOperator(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + OPERATOR_TOKEN).GET());
    }

    private Response withBearer(String token) {
        return exchange(HttpRequest.newBuilder(uri("/actuator/health/tenants/demo")).header("Authorization", "Bearer " + token).GET());
    }
}
