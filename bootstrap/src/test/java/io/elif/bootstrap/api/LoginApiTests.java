package io.elif.bootstrap.api;

import io.elif.identity.Role;
import io.elif.identity.domain.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class LoginApiTests extends ApiTestSupport {

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        var user = newUser("acme", Role.SALES);

        var unknown = tryLogin("acme", "nobody-" + UUID.randomUUID(), "whatever-password", null);
        var wrong = tryLogin("acme", user.username(), "not-the-password", null);

        assertThat(unknown.status()).isEqualTo(401).isEqualTo(wrong.status());
        assertThat(unknown.body().get("type")).isEqualTo(wrong.body().get("type"));
        assertThat(unknown.body().get("detail")).isEqualTo(wrong.body().get("detail"));
    }

    @Test
    void repeatedFailuresSlowTheAccountDownWithRetryAfter() {
        var user = newUser("acme", Role.SALES);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(tryLogin("acme", user.username(), "wrong-" + attempt, null).status()).isEqualTo(401);
        }

        var throttled = tryLogin("acme", user.username(), user.password(), null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body().get("type").asString()).endsWith("/too-many-attempts");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 900));
        assertThat((Long) queryTenantDatabase("acme",
                "select count(*) from identity.audit_event where username = ? and action = 'LOGIN' and outcome = 'FAILURE'",
                user.username())).isEqualTo(6L);
    }

    /**
     * Three guesses by username and two by email slow the account down: the right password is then refused
     * too, in the words of a wrong one, and an unknown login tried the same way answers exactly alike.
     */
    @Test
    void failuresAreCountedPerAccountWhicheverFormOfTheLoginIsTyped() {
        var unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (var login : List.of(unknown, unknown, unknown, unknown + "@acme.example", unknown + "@acme.example")) {
            assertThat(tryLogin("acme", login, "a-wrong-password", null).status()).isEqualTo(401);
        }
        var user = newUser("acme", Role.SALES);
        var email = user.username() + "@acme.example";
        for (var login : List.of(user.username(), user.username(), user.username(), email, email)) {
            assertThat(tryLogin("acme", login, "a-wrong-password", null).status()).isEqualTo(401);
        }

        var known = tryLogin("acme", user.username(), user.password(), null);
        var stranger = tryLogin("acme", unknown, "a-wrong-password", null);

        assertThat(known.status()).isEqualTo(401).isEqualTo(stranger.status());
        for (var property : List.of("type", "title", "detail")) {
            assertThat(known.body().get(property)).as(property).isEqualTo(stranger.body().get(property));
        }
        assertThat(known.raw().headers().firstValue("Retry-After")).isEmpty();
        assertThat((Long) queryTenantDatabase("acme", "select count(*) from identity.audit_event where username = ? "
                + "and action = 'LOGIN' and detail like 'throttled%'", user.username())).isEqualTo(1L);
    }

    @Test
    void aPasswordThatIsTheUsernameOrTheEmailIsRefusedAtCreationResetAndChange() {
        var username = "Fritz" + UUID.randomUUID().toString().substring(0, 6);
        for (var password : List.of(username.toLowerCase(), username + "@demo.example", username.toUpperCase() + "@DEMO.example")) {
            var created = createUser("demo", username, Role.SALES, password);
            assertThat(created.status()).as(password).isEqualTo(400);
            assertThat(created.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
            assertThat(created.body().get("errors").get(0).get("message").asString()).contains("username or the email address");
        }
        var user = newUser("demo", Role.SALES);
        var id = get("demo", "/api/identity/users?q=" + user.username()).body().get("items").get(0).get("id").asString();
        var session = signIn("demo", user.username(), user.password());

        var reset = post("demo", "/api/identity/users/" + id + "/password",
                "{\"newPassword\":\"" + user.username().toUpperCase() + "\"}");
        var change = sendAs(session, jsonRequest("/api/identity/me/password", "POST",
                "{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"" + user.username() + "@demo.example\"}"));

        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.body().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(tryLogin("demo", user.username(), user.password(), null).status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void thePasswordPolicyRefusesCommonShortAndOverlongPasswords() {
        for (var password : new String[] {"password123", "short", "x".repeat(129)}) {
            var response = createUser("demo", "p" + UUID.randomUUID().toString().substring(0, 8), Role.SALES, password);
            assertThat(response.status()).as(password).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        }
    }

    @Test
    void longNonAsciiPasswordsAreHashedWithArgon2idAndVerifiedExactly() throws Exception {
        var password = "Ñandú-ħ-漢字-🍺-".repeat(8);
        var username = "n" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(password.codePointCount(0, password.length())).isGreaterThan(100).isLessThanOrEqualTo(128);
        assertThat(createUser("demo", username, Role.SALES, password).status()).isEqualTo(201);

        assertThat(tryLogin("demo", username, password, null).status()).isEqualTo(200);
        assertThat(tryLogin("demo", username, password.substring(0, password.length() - 2) + "!", null).status()).isEqualTo(401);
        assertThat((String) queryTenantDatabase("demo", "select password_hash from identity.user_account where username = ?", username))
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void twoFactorAuthenticationGuardsTheLoginOnceConfirmed() {
        var user = newUser("demo", Role.MANAGER);
        var session = signIn("demo", user.username(), user.password());
        var setup = sendAs(session, jsonRequest("/api/identity/me/totp/setup", "POST",
                "{\"password\":\"" + user.password() + "\"}")).body();
        var secret = setup.get("secret").asString();
        assertThat(setup.get("otpauthUri").asString()).startsWith("otpauth://totp/").contains(secret);

        var confirm = sendAs(session, jsonRequest("/api/identity/me/totp/confirm", "POST",
                "{\"code\":\"" + Totp.codeAt(secret, Totp.stepAt(Instant.now())) + "\"}"));
        assertThat(confirm.status()).isEqualTo(204);

        var withoutCode = tryLogin("demo", user.username(), user.password(), null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.body().get("type").asString()).endsWith("/totp-required");
        assertThat(tryLogin("demo", user.username(), user.password(), "000000").status()).isEqualTo(401);
        assertThat(tryLogin("demo", user.username(), user.password(), Totp.codeAt(secret, Totp.stepAt(Instant.now())))
                .status()).isEqualTo(200);
    }

    @Test
    void aTenantCanRequireTwoFactorAuthenticationForAdministrators() {
        var adminUser = newUser("acme", Role.ADMIN);
        assertThat(sendAs(adminOf("acme"), jsonRequest("/api/identity/settings", "PUT", "{\"requireTotpForAdmins\":true}"))
                .status()).isEqualTo(200);
        try {
            var session = signIn("acme", adminUser.username(), adminUser.password());
            assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).body()
                    .get("totpSetupRequired").asBoolean()).isTrue();
            assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/identity/users")).GET()).status()).isEqualTo(403);

            var secret = sendAs(session, jsonRequest("/api/identity/me/totp/setup", "POST",
                    "{\"password\":\"" + adminUser.password() + "\"}")).body().get("secret").asString();
            sendAs(session, jsonRequest("/api/identity/me/totp/confirm", "POST",
                    "{\"code\":\"" + Totp.codeAt(secret, Totp.stepAt(Instant.now())) + "\"}"));

            assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/identity/users")).GET()).status()).isEqualTo(200);
        } finally {
            sendAs(adminOf("acme"), jsonRequest("/api/identity/settings", "PUT", "{\"requireTotpForAdmins\":false}"));
        }
    }

    @Test
    void apiTokensActWithTheirUsersRolesUntilRevoked() {
        var user = newUser("demo", Role.SALES);
        var session = signIn("demo", user.username(), user.password());
        var created = sendAs(session, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"till\"}"));
        assertThat(created.status()).isEqualTo(201);
        var token = created.body().get("token").asString();
        assertThat(token).startsWith("elif_demo.");

        var read = exchange(HttpRequest.newBuilder(uri("/api/catalog/products")).header("Authorization", "Bearer " + token).GET());
        var write = exchange(jsonRequest("/api/catalog/products", "POST", "{}").header("Authorization", "Bearer " + token));
        var otherTenant = exchange(HttpRequest.newBuilder(uri("/api/catalog/products"))
                .header("Authorization", "Bearer " + token).header("X-Tenant", "acme").GET());
        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(otherTenant.status()).isEqualTo(401);
        var listed = sendAs(session, HttpRequest.newBuilder(uri("/api/identity/me/tokens")).GET()).body().get(0);
        assertThat(listed.has("token")).isFalse();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();

        var revoke = sendAs(session, HttpRequest.newBuilder(uri("/api/identity/me/tokens/" + created.body().get("id").asString())).DELETE());
        assertThat(revoke.status()).isEqualTo(204);
        assertThat(exchange(HttpRequest.newBuilder(uri("/api/catalog/products")).header("Authorization", "Bearer " + token).GET())
                .status()).isEqualTo(401);
    }

    @Test
    void noPasswordTokenOrSessionIdReachesTheLog(CapturedOutput output) {
        var user = newUser("demo", Role.SALES);
        tryLogin("demo", user.username(), "a-wrong-password-2026", null);
        var session = signIn("demo", user.username(), user.password());
        var token = sendAs(session, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"ci\"}")).body().get("token").asString();

        assertThat(output.getAll())
                .contains("\"action\":\"LOGIN\"", "\"action\":\"TOKEN_CREATED\"", "\"tenant\":\"demo\"")
                .doesNotContain(user.password(), "a-wrong-password-2026", token.substring(token.indexOf('.') + 1),
                        session.cookie().substring(session.cookie().indexOf('.') + 1), ADMIN_PASSWORD);
    }

    @Test
    void theAuditTrailRecordsSecurityEventsAndCannotBeRewritten() throws Exception {
        var user = newUser("acme", Role.WAREHOUSE);
        signIn("acme", user.username(), user.password());

        var page = get("acme", "/api/identity/audit?username=" + user.username() + "&action=LOGIN").body();
        assertThat(page.get("items").get(0).get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(page.get("items").get(0).get("traceId").asString()).hasSize(32);

        var postgres = io.elif.testing.TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url("elif_api_acme"), postgres.username(), postgres.password());
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update identity.audit_event set outcome = 'SUCCESS'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from identity.audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    record NewUser(String username, String password) {
    }

    private NewUser newUser(String tenant, Role role) {
        var username = "l" + UUID.randomUUID().toString().substring(0, 8);
        var password = username + "-pass-2026";
        assertThat(createUser(tenant, username, role, password).status()).isEqualTo(201);
        return new NewUser(username, password);
    }
}
