package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Idempotency-Key of an operation that creates a document, here a customer, through real HTTP. */
class IdempotencyApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String CUSTOMERS = "/api/sales/customers";

    @Test
    void theSameKeyAndRequestReplayTheFirstAnswerAndAnotherRequestIsRefused() {
        var key = UUID.randomUUID().toString();
        var name = "Hotely Soa " + UUID.randomUUID();
        var body = "{\"name\":\"" + name + "\"}";

        var first = create(Role.SALES, key, body);
        var again = create(Role.SALES, key, body);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.raw().body()).isEqualTo(first.raw().body());
        assertThat(again.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(customersNamed(name)).isOne();

        var other = create(Role.SALES, key, "{\"name\":\"" + name + " bis\"}");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(customersNamed(name + " bis")).isZero();

        var anotherUser = create(Role.MANAGER, key, body);
        assertThat(anotherUser.status()).as("keys are the user's own").isEqualTo(201);
        assertThat(customersNamed(name)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestKeepsNothingSoItsCorrectedRetryMayUseTheKey() {
        var key = UUID.randomUUID().toString();
        var name = "Bar Mahafaly " + UUID.randomUUID();

        var refused = create(Role.SALES, key, "{\"name\":\"" + name + "\",\"creditLimit\":\"10\"}");
        var corrected = create(Role.SALES, key, "{\"name\":\"" + name + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(201);
        assertThat(corrected.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(customersNamed(name)).isOne();
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneDocument() throws Exception {
        var key = UUID.randomUUID().toString();
        var name = "Épicerie Concurrente " + UUID.randomUUID();
        var body = "{\"name\":\"" + name + "\"}";
        var answers = concurrently(10, () -> create(Role.SALES, key, body));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(answers.stream().map(answer -> answer.body().get("id").asString()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.raw().headers().firstValue("Idempotent-Replayed").isEmpty()))
                .as("one did the work, the others replayed it").hasSize(1);
        assertThat(customersNamed(name)).isOne();
    }

    @Test
    void aMalformedKeyIsRefusedAtItsHeader() {
        for (var key : List.of("with space", "x".repeat(256))) {
            var refused = create(Role.SALES, key, "{\"name\":\"Never " + UUID.randomUUID() + "\"}");
            assertThat(refused.status()).as(key).isEqualTo(400);
            assertThat(fields(refused)).as(key).containsExactly("Idempotency-Key");
        }
    }

    private Response create(Role role, String key, String body) {
        return sendAs(sessionAs(TENANT, role), jsonRequest(CUSTOMERS, "POST", body).header("Idempotency-Key", key));
    }

    private long customersNamed(String name) {
        return getAs(Role.MANAGER, CUSTOMERS + "?size=100&q=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8)).body().get("totalItems").asLong();
    }
}
