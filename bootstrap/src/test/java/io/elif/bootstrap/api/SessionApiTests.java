package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions: their tenant, their end, and the browser protections around them. */
class SessionApiTests extends ApiTestSupport {

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var csrf = csrfToken("demo");
        var login = exchange(jsonRequest("/api/auth/login", "POST", "{\"login\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
                .header("X-Tenant", "demo").header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf));

        var setCookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("ELIF_SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/").startsWith("ELIF_SESSION=demo.");
        assertThat(login.raw().body()).doesNotContain(login.cookie("ELIF_SESSION").orElseThrow());
    }

    @Test
    void aSessionOfOneTenantIsNeverAcceptedForAnother() {
        var demo = signIn("demo", ADMIN, ADMIN_PASSWORD);
        var cookie = "ELIF_SESSION=" + demo.cookie();

        var byHeader = exchange(HttpRequest.newBuilder(uri("/api/auth/me")).header("Cookie", cookie).header("X-Tenant", "acme").GET());
        var byHost = exchange(HttpRequest.newBuilder(uri("/api/auth/me")).header("Cookie", cookie)
                .header("Host", "acme.localhost:" + port).GET());
        var forgedTenant = exchange(HttpRequest.newBuilder(uri("/api/auth/me"))
                .header("Cookie", "ELIF_SESSION=acme." + demo.cookie().substring("demo.".length())).GET());

        assertThat(byHeader.status()).isEqualTo(401);
        assertThat(byHeader.body().get("type").asString()).endsWith("/credentials-tenant-mismatch");
        assertThat(byHost.status()).isEqualTo(401);
        assertThat(forgedTenant.status()).isEqualTo(401);
        assertThat(sendAs(demo, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).status()).isEqualTo(200);
    }

    @Test
    void theCsrfTokenIsIssuedOnceAndKeptAcrossRequests() {
        var session = signIn("demo", ADMIN, ADMIN_PASSWORD);
        var fromEndpoint = sendAs(session, HttpRequest.newBuilder(uri("/api/auth/csrf")).GET()).body().get("token").asString();

        var me = sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET());
        var change = sendAs(session, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"csrf check\"}"));

        assertThat(fromEndpoint).as("the endpoint hands out the cookie's raw token").isEqualTo(session.csrf());
        assertThat(me.cookie("XSRF-TOKEN")).isEmpty();
        assertThat(change.status()).isEqualTo(201);
    }

    @Test
    void logoutEndsTheSession() {
        var session = signIn("demo", ADMIN, ADMIN_PASSWORD);

        var logout = sendAs(session, HttpRequest.newBuilder(uri("/api/auth/logout")).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.raw().headers().allValues("Set-Cookie")).anyMatch(header -> header.startsWith("ELIF_SESSION=;"));
        assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).status()).isEqualTo(401);
    }

    @Test
    void disablingChangingRolesOrResettingThePasswordEndsTheUsersSessionsAtOnce() {
        var id = createdUser("acme", Role.SALES);
        var disabled = signIn("acme", id.username(), id.password());
        var demoted = signIn("acme", id.username(), id.password());

        var roles = sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/roles", "PUT", "{\"roles\":[\"WAREHOUSE\"]}"));
        assertThat(roles.status()).isEqualTo(200);
        assertThat(me(demoted)).isEqualTo(401);

        var again = signIn("acme", id.username(), id.password());
        assertThat(me(again)).isEqualTo(200);
        var reset = sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/password", "POST",
                "{\"newPassword\":\"brand-new-pass-2026\"}"));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(me(again)).isEqualTo(401);

        var fresh = signIn("acme", id.username(), "brand-new-pass-2026");
        assertThat(sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/disable", "POST", "{}")).status())
                .isEqualTo(200);
        assertThat(me(fresh)).isEqualTo(401);
        assertThat(me(disabled)).isEqualTo(401);
        assertThat(tryLogin("acme", id.username(), "brand-new-pass-2026", null).status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeAResetOrADisablingRevokesTheUsersApiTokensWithTheirSessions() {
        var id = createdUser("acme", Role.SALES);
        var session = signIn("acme", id.username(), id.password());
        var changedAway = token(session, "changed away");

        var change = sendAs(session, jsonRequest("/api/identity/me/password", "POST",
                "{\"currentPassword\":\"" + id.password() + "\",\"newPassword\":\"changed-pass-2026\"}"));
        assertThat(change.status()).isEqualTo(204);
        assertThat(byToken(changedAway)).isEqualTo(401);
        assertThat(me(session)).isEqualTo(401);

        var second = signIn("acme", id.username(), "changed-pass-2026");
        var resetAway = token(second, "reset away");
        var reset = sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/password", "POST",
                "{\"newPassword\":\"reset-pass-2026\"}"));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(byToken(resetAway)).isEqualTo(401);
        assertThat(me(second)).isEqualTo(401);

        var third = signIn("acme", id.username(), "reset-pass-2026");
        var disabledAway = token(third, "disabled away");
        assertThat(sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/disable", "POST", "{}")).status())
                .isEqualTo(200);
        assertThat(sendAs(adminOf("acme"), jsonRequest("/api/identity/users/" + id.id() + "/enable", "POST", "{}")).status())
                .isEqualTo(200);
        assertThat(byToken(disabledAway)).isEqualTo(401);
        assertThat(me(third)).isEqualTo(401);

        var fourth = signIn("acme", id.username(), "reset-pass-2026");
        var tokens = sendAs(fourth, HttpRequest.newBuilder(uri("/api/identity/me/tokens")).GET()).body();
        assertThat(tokens).hasSize(3).allSatisfy(listed -> assertThat(listed.get("revokedAt").isNull()).isFalse());
        var audit = get("acme", "/api/identity/audit?action=CREDENTIALS_REVOKED&size=200").body().get("items");
        assertThat(audit.valueStream().map(entry -> entry.get("detail").asString())
                .filter(detail -> detail.startsWith("user " + id.username() + ":"))
                .map(detail -> detail.substring(detail.indexOf(", ") + 2)))
                .containsExactlyInAnyOrder("1 API token(s) revoked (password changed)",
                        "1 API token(s) revoked (password reset)", "1 API token(s) revoked (user disabled)");
    }

    @Test
    void nobodyChangesTheirOwnRolesOrDisablesThemselves() {
        var admin = adminOf("demo");
        var me = sendAs(admin, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).body().get("id").asString();

        var roles = sendAs(admin, jsonRequest("/api/identity/users/" + me + "/roles", "PUT", "{\"roles\":[\"SALES\"]}"));
        var disable = sendAs(admin, jsonRequest("/api/identity/users/" + me + "/disable", "POST", "{}"));

        assertThat(roles.status()).isEqualTo(409);
        assertThat(roles.body().get("type").asString()).endsWith("/own-roles");
        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.body().get("type").asString()).endsWith("/own-account");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        var admin = adminOf("demo");
        var withoutToken = exchange(jsonRequest("/api/catalog/products", "POST", "{}")
                .header("X-Tenant", "demo").header("Cookie", "ELIF_SESSION=" + admin.cookie()));
        var wrongToken = exchange(jsonRequest("/api/catalog/products", "POST", "{}")
                .header("X-Tenant", "demo").header("Cookie", "ELIF_SESSION=" + admin.cookie() + "; XSRF-TOKEN=" + admin.csrf())
                .header("X-XSRF-TOKEN", "not-the-token"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body().get("type").asString()).endsWith("/csrf");
        assertThat(wrongToken.status()).isEqualTo(403);
    }

    @Test
    void theCsrfTokenCountsOnlyAsAHeaderNeverAsAParameter() {
        var admin = adminOf("demo");
        var cookies = "ELIF_SESSION=" + admin.cookie() + "; XSRF-TOKEN=" + admin.csrf();
        var name = "csrf-" + UUID.randomUUID();

        var inQuery = exchange(jsonRequest("/api/identity/me/tokens?_csrf=" + admin.csrf(), "POST", "{\"name\":\"" + name + "\"}")
                .header("X-Tenant", "demo").header("Cookie", cookies));
        var inForm = exchange(HttpRequest.newBuilder(uri("/api/identity/me/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + admin.csrf() + "&name=" + name))
                .header("X-Tenant", "demo").header("Cookie", cookies));

        for (var refused : java.util.List.of(inQuery, inForm)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("type").asString()).endsWith("/csrf");
        }
        assertThat(queryTenantDatabase("demo", "select count(*) from identity.api_token where name = ?", name)).isEqualTo(0L);
        var inHeader = sendAs(admin, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"" + name + "\"}"));
        assertThat(inHeader.status()).as("the same change with the header passes").isEqualTo(201);
    }

    @Test
    void securityHeadersOnSuccessAndOnErrors() {
        var responses = java.util.List.of(
                sendAs(adminOf("demo"), HttpRequest.newBuilder(uri("/api/auth/me")).GET()),
                get(null, "/nothing-here"),
                exchange(HttpRequest.newBuilder(uri("/api/auth/me")).header("X-Tenant", "demo").GET()),
                sendAs(sessionAs("demo", Role.SALES), HttpRequest.newBuilder(uri("/api/identity/users")).GET()));

        assertThat(responses).extracting(Response::status).containsExactly(200, 404, 401, 403);
        for (var response : responses) {
            assertSecurityHeaders(response.raw().headers());
        }
    }

    @Test
    void actuatorShowsOnlyHealth() {
        assertThat(get(null, "/actuator/health").status()).isIn(200, 503);
        for (var path : java.util.List.of("/actuator", "/actuator/env", "/actuator/beans")) {
            assertThat(get(null, path).status()).as("anonymous " + path).isEqualTo(401);
            assertThat(exchange(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + OPERATOR_TOKEN).GET())
                    .status()).as("operator " + path).isEqualTo(404);
        }
    }

    private String token(Session session, String name) {
        var created = sendAs(session, jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"" + name + "\"}"));
        assertThat(created.status()).isEqualTo(201);
        var token = created.body().get("token").asString();
        assertThat(byToken(token)).isEqualTo(200);
        return token;
    }

    private int byToken(String token) {
        return exchange(HttpRequest.newBuilder(uri("/api/auth/me")).header("Authorization", "Bearer " + token).GET()).status();
    }

    private int me(Session session) {
        return sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET()).status();
    }

    record CreatedUser(String id, String username, String password) {
    }

    private CreatedUser createdUser(String tenant, Role role) {
        var username = "u" + UUID.randomUUID().toString().substring(0, 8);
        var password = username + "-pass-2026";
        var created = createUser(tenant, username, role, password);
        assertThat(created.status()).isEqualTo(201);
        return new CreatedUser(created.body().get("id").asString(), username, password);
    }
}
