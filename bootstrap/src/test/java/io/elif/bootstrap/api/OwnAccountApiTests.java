package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's own account: what needs the current password, and what an API token may not do. */
class OwnAccountApiTests extends ApiTestSupport {

    @Test
    void anApiTokenMintsNoTokenAndChangesNeitherThePasswordNorTwoFactorAuthentication() {
        var user = newUser("demo", Role.SALES);
        var session = signIn("demo", user.username(), user.password());
        var created = sendAs(session, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"till\"}")).body();
        var token = created.get("token").asString();

        var minted = byToken(token, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"offspring\"}"));
        var password = byToken(token, jsonRequest("/api/identity/me/password", "POST",
                "{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"taken-over-pass-2026\"}"));
        var totp = byToken(token, jsonRequest("/api/identity/me/totp/setup", "POST",
                "{\"password\":\"" + user.password() + "\"}"));

        for (var refused : new Response[] {minted, password, totp}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asString()).isEqualTo("https://elif.io/problems/session-required");
            assertThat(refused.body().get("detail").asString()).contains("API token");
        }
        assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/identity/me/tokens")).GET()).body()).hasSize(1);
        assertThat(tryLogin("demo", user.username(), user.password(), null).status()).as("password unchanged").isEqualTo(200);
        assertThat((Long) queryTenantDatabase("demo", "select count(*) from identity.audit_event where username = ? "
                + "and action = 'ACCESS_DENIED' and detail like '%API token%'", user.username())).isEqualTo(3L);

        assertThat(byToken(token, HttpRequest.newBuilder(uri("/api/identity/me/tokens")).GET()).status()).isEqualTo(200);
        var revokesItself = byToken(token, HttpRequest.newBuilder(uri("/api/identity/me/tokens/" + created.get("id").asString()))
                .DELETE());
        assertThat(revokesItself.status()).isEqualTo(204);
        assertThat(byToken(token, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).status()).isEqualTo(401);
    }

    @Test
    void wrongCurrentPasswordsAreSlowedDownLikeLoginsAndAudited() {
        var user = newUser("acme", Role.MANAGER);
        var session = signIn("acme", user.username(), user.password());
        for (int attempt = 1; attempt <= 5; attempt++) {
            var wrong = changePassword(session, "wrong-guess-" + attempt, "changed-pass-2026");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().get("type").asString()).endsWith("/wrong-password");
            assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        }

        var throttled = changePassword(session, user.password(), "changed-pass-2026");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body().get("type").asString()).endsWith("/too-many-attempts");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 900));
        assertThat(checks(user.username(), "FAILURE", "wrong password: change the password")).isEqualTo(5L);
        assertThat(checks(user.username(), "FAILURE", "throttled: change the password")).isEqualTo(1L);
        assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).status())
                .as("the password is unchanged, so the session lives on").isEqualTo(200);
    }

    @Test
    void passedPasswordChecksAreAuditedAndTurningTwoFactorOffChecksToo() {
        var user = newUser("acme", Role.WAREHOUSE);
        var session = signIn("acme", user.username(), user.password());

        var wrongOff = sendAs(session, jsonRequest("/api/identity/me/totp/disable", "POST", "{\"password\":\"not-it-at-all\"}"));
        var changed = changePassword(session, user.password(), "changed-pass-2026");

        assertThat(wrongOff.status()).isEqualTo(400);
        assertThat(wrongOff.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(checks(user.username(), "FAILURE", "wrong password: turn off two-factor authentication")).isEqualTo(1L);
        assertThat(checks(user.username(), "SUCCESS", "change the password")).isEqualTo(1L);
    }

    @Test
    void settingUpTwoFactorAuthenticationNeedsTheCurrentPassword() {
        var user = newUser("demo", Role.MANAGER);
        var session = signIn("demo", user.username(), user.password());

        var without = sendAs(session, jsonRequest("/api/identity/me/totp/setup", "POST", "{}"));
        var wrong = sendAs(session, jsonRequest("/api/identity/me/totp/setup", "POST", "{\"password\":\"not-my-password\"}"));
        var right = sendAs(session, jsonRequest("/api/identity/me/totp/setup", "POST",
                "{\"password\":\"" + user.password() + "\"}"));

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("type").asString()).endsWith("/wrong-password");
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body().get("secret").asString()).isNotBlank();
        assertThat(checks(user.username(), "SUCCESS", "set up two-factor authentication")).isEqualTo(1L);
    }

    private Response changePassword(Session session, String current, String next) {
        return sendAs(session, jsonRequest("/api/identity/me/password", "POST",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
    }

    private Response byToken(String token, HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + token));
    }

    /** Audited password checks of the user with this outcome and detail, in either test tenant. */
    private static long checks(String username, String outcome, String detail) {
        long count = 0;
        for (var tenant : new String[] {"demo", "acme"}) {
            count += (Long) queryTenantDatabase(tenant, "select count(*) from identity.audit_event where username = ? "
                    + "and action = 'REAUTHENTICATION' and outcome = ? and detail = ?", username, outcome, detail);
        }
        return count;
    }

    record NewUser(String username, String password) {
    }

    private NewUser newUser(String tenant, Role role) {
        var username = "o" + UUID.randomUUID().toString().substring(0, 8);
        var password = username + "-pass-2026";
        assertThat(createUser(tenant, username, role, password).status()).isEqualTo(201);
        return new NewUser(username, password);
    }
}
