package io.elif.bootstrap.api;

import io.elif.bootstrap.tenancy.TenantCommand;
import io.elif.bootstrap.tenancy.TenantDataSources;
import io.elif.bootstrap.tenancy.TenantId;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The tenant lifecycle without a restart: the registry's directory read again (a file added makes its tenant
 * live, a file removed stops it), onboarding in one step through the operator API and the CLI (a database with an
 * owner, an application role that only reads and writes rows, a read-only role; the first administrator signs in),
 * and suspending and resuming a tenant. Each onboarded tenant has a new id, so the test PostgreSQL may be reused.
 */
@DirtiesContext
class TenantLifecycleApiTests extends ApiTestSupport {

    private static final Path REGISTRY = temporaryDirectory();
    private static final String OWNER_PASSWORD = "first-owner-pass-2026";

    @Autowired
    TenantDataSources dataSources;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry registry) {
        var postgres = TestPostgres.shared();
        registry.add("elif.tenant-registry.directory", REGISTRY::toString);
        registry.add("elif.tenant-registry.reload-interval", () -> "1s");
        registry.add("elif.onboarding.url", () -> postgres.url("postgres"));
        registry.add("elif.onboarding.username", postgres::username);
        registry.add("elif.onboarding.password", postgres::password);
    }

    @Test
    void aFileAddedToTheRegistryMakesItsTenantLiveAndRemovingItStopsServingIt() throws IOException {
        var postgres = TestPostgres.shared();
        var file = REGISTRY.resolve("filed.properties");
        Files.writeString(file, """
                url=%s
                username=%s
                password=%s
                first-admin.username=%s
                first-admin.email=admin@filed.example
                first-admin.password=%s
                company.name=Filed & Co
                """.formatted(postgres.database("elif_registry_filed"), postgres.username(), postgres.password(),
                ADMIN, ADMIN_PASSWORD));

        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId("filed")));
        var products = sendAs(signIn("filed", ADMIN, ADMIN_PASSWORD), HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
        assertThat(products.status()).as(products.raw().body()).isEqualTo(200);
        assertThat(dataSources.openPools()).contains(new TenantId("filed"));

        Files.delete(file);
        Files.writeString(REGISTRY.resolve("typo.properties"), "url=postgresql://no-jdbc-prefix/elif_typo\n");
        Files.writeString(REGISTRY.resolve("demo.properties"), "url=" + postgres.url("elif_not_demo") + "\n");
        var reloaded = asOperator(jsonRequest("/actuator/tenant-registry/reload", "POST", ""));

        assertThat(reloaded.status()).as(reloaded.raw().body()).isEqualTo(200);
        assertThat(reloaded.body().valueStream().map(tenant -> tenant.get("id").asString())).doesNotContain("filed")
                .contains("demo");
        var gone = exchange(HttpRequest.newBuilder(uri("/api/catalog/products")).header("X-Tenant", "filed").GET());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("type").asString()).endsWith("/tenant-unknown");
        assertThat(dataSources.openPools()).doesNotContain(new TenantId("filed"));
        assertThat(reloaded.body().valueStream().map(tenant -> tenant.get("id").asString()))
                .as("a file that does not bind is ignored").doesNotContain("typo");
        assertThat(get("demo", "/api/catalog/products").status())
                .as("a configured tenant keeps its configuration whatever a file of its id says").isEqualTo(200);
        Files.delete(REGISTRY.resolve("typo.properties"));
        Files.delete(REGISTRY.resolve("demo.properties"));
    }

    @Test
    void aFirstAdministratorRefusedAtTheOpeningIsCreatedOnceItsFileIsFixed() throws IOException {
        var postgres = TestPostgres.shared();
        var url = postgres.database("elif_registry_later_" + UUID.randomUUID().toString().substring(0, 8));
        var tenant = "later_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var file = REGISTRY.resolve(tenant + ".properties");
        var content = """
                url=%s
                username=%s
                password=%s
                first-admin.username=%s
                first-admin.email=admin@later.example
                first-admin.password=%s
                """;
        Files.writeString(file, content.formatted(url, postgres.username(), postgres.password(), "x", ADMIN_PASSWORD));
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId(tenant)));
        var refused = tryLogin(tenant, ADMIN, ADMIN_PASSWORD, null);
        assertThat(refused.status()).as("username x is refused: no user yet").isEqualTo(401);

        Files.writeString(file, content.formatted(url, postgres.username(), postgres.password(), ADMIN, ADMIN_PASSWORD));

        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId(tenant))
                && tryLogin(tenant, ADMIN, ADMIN_PASSWORD, null).status() == 200);
        Files.delete(file);
    }

    @Test
    void onboardingCreatesTheDatabaseAndItsRolesAndTheTenantServesItsFirstAdministrator() throws SQLException {
        var id = newId();

        var onboarded = asOperator(jsonRequest("/actuator/tenants", "POST", onboarding(id).toString()));

        assertThat(onboarded.status()).as(onboarded.raw().body()).isEqualTo(201);
        assertThat(onboarded.body().get("database").asString()).isEqualTo("elif_" + id);
        assertThat(onboarded.body().get("applicationRole").asString()).isEqualTo("elif_" + id + "_app");
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId(id)));
        var session = signIn(id, "boss", OWNER_PASSWORD);
        var me = sendAs(session, HttpRequest.newBuilder(uri("/api/auth/me")).GET());
        assertThat(me.status()).as(me.raw().body()).isEqualTo(200);
        var products = sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
        assertThat(products.status()).as(products.raw().body()).isEqualTo(200);

        var file = tenantFile(id);
        var url = file.getProperty("url");
        try (var application = DriverManager.getConnection(url, file.getProperty("username"), file.getProperty("password"));
             var statement = application.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from identity.user_account").next()).isTrue();
            assertRefused(() -> statement.execute("create table catalog.intruder (id int)"));
            assertRefused(() -> statement.execute("create table public.intruder (id int)"));
            assertRefused(() -> statement.execute("alter table catalog.product add column intruder int"));
            assertRefused(() -> statement.execute("drop table identity.audit_event"));
            assertRefused(() -> statement.execute("truncate identity.audit_event"));
            assertRefused(() -> statement.execute("delete from identity.flyway_schema_history"));
        }
        try (var reader = DriverManager.getConnection(url, "elif_" + id + "_readonly",
                onboarded.body().get("readOnlyPassword").asString());
             var statement = reader.createStatement()) {
            var users = statement.executeQuery("select count(*) from identity.user_account");
            users.next();
            assertThat(users.getInt(1)).isEqualTo(1);
            assertRefused(() -> statement.execute("delete from identity.user_account"));
        }
        try (var nobody = DriverManager.getConnection(url, TestPostgres.shared().username(), TestPostgres.shared().password())) {
            assertThat(nobody.isValid(1)).as("the server's administrator still reaches it").isTrue();
        }
    }

    @Test
    void badInputIs400NamingTheFieldAndAnExistingTenant409() {
        var badId = onboarding("Not-An-Id");
        var noEmail = onboarding(newId());
        ((ObjectNode) noEmail.get("firstAdmin")).remove("email");
        var badZone = onboarding(newId()).put("timeZone", "Mars/Olympus");
        var shortPassword = onboarding(newId());
        ((ObjectNode) shortPassword.get("firstAdmin")).put("password", "short");

        assertThat(fields(asOperator(jsonRequest("/actuator/tenants", "POST", badId.toString())))).containsExactly("id");
        assertThat(fields(asOperator(jsonRequest("/actuator/tenants", "POST", noEmail.toString()))))
                .containsExactly("firstAdmin.email");
        assertThat(fields(asOperator(jsonRequest("/actuator/tenants", "POST", badZone.toString())))).containsExactly("timeZone");
        assertThat(fields(asOperator(jsonRequest("/actuator/tenants", "POST", shortPassword.toString()))))
                .containsExactly("firstAdmin.password");

        var existing = asOperator(jsonRequest("/actuator/tenants", "POST", onboarding("demo").toString()));
        assertThat(existing.status()).as(existing.raw().body()).isEqualTo(409);
        assertThat(existing.body().get("type").asString()).endsWith("/tenant-exists");
        var id = newId();
        assertThat(asOperator(jsonRequest("/actuator/tenants", "POST", onboarding(id).toString())).status()).isEqualTo(201);
        var again = asOperator(jsonRequest("/actuator/tenants", "POST", onboarding(id).toString()));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(409);
    }

    @Test
    void onlyTheOperatorTokenOnboardsNeitherAnonymousCallersNorTenantUsers() {
        var body = onboarding(newId()).toString();

        var anonymous = exchange(jsonRequest("/actuator/tenants", "POST", body));
        var admin = sendAs(adminOf(DEMO), jsonRequest("/actuator/tenants", "POST", body));
        var suspendAsAdmin = sendAs(adminOf(DEMO), jsonRequest("/actuator/tenants/demo/suspend", "POST", ""));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("detail").asString()).isEqualTo("This needs the operator token");
        assertThat(admin.status()).as(admin.raw().body()).isEqualTo(401);
        assertThat(suspendAsAdmin.status()).isEqualTo(401);
        assertThat(tenantStates.isSuspended(new TenantId(DEMO))).isFalse();
    }

    @Test
    void aSuspendedTenantsUsersGet403WithItsDataKeptUntilItIsResumed() {
        var id = newId();
        assertThat(asOperator(jsonRequest("/actuator/tenants", "POST", onboarding(id).toString())).status()).isEqualTo(201);
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId(id)));
        var session = signIn(id, "boss", OWNER_PASSWORD);
        var clerk = sendAs(session, jsonRequest("/api/identity/users", "POST", """
                {"username":"clerk","email":"clerk@%s.example","displayName":"Clerk","roles":["SALES"],"password":"clerk-pass-2026"}
                """.formatted(id)));
        assertThat(clerk.status()).as(clerk.raw().body()).isEqualTo(201);

        var suspended = asOperator(jsonRequest("/actuator/tenants/" + id + "/suspend", "POST", ""));

        assertThat(suspended.status()).as(suspended.raw().body()).isEqualTo(200);
        assertThat(suspended.body().get("suspended").asBoolean()).isTrue();
        var refused = sendAs(session, HttpRequest.newBuilder(uri("/api/identity/users")).GET());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).endsWith("/tenant-suspended");
        var csrf = exchange(HttpRequest.newBuilder(uri("/api/auth/csrf")).header("X-Tenant", id).GET());
        assertThat(csrf.status()).isEqualTo(403);
        var login = exchange(jsonRequest("/api/auth/login", "POST", "{\"login\":\"boss\",\"password\":\"" + OWNER_PASSWORD + "\"}")
                .header("X-Tenant", id));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.body().get("type").asString()).endsWith("/tenant-suspended");
        assertThat(get(DEMO, "/api/catalog/products").status()).as("the others serve").isEqualTo(200);

        var resumed = asOperator(jsonRequest("/actuator/tenants/" + id + "/resume", "POST", ""));

        assertThat(resumed.status()).isEqualTo(200);
        var users = sendAs(session, HttpRequest.newBuilder(uri("/api/identity/users")).GET());
        assertThat(users.status()).as(users.raw().body()).isEqualTo(200);
        assertThat(users.raw().body()).contains("\"clerk\"");
        assertThat(asOperator(jsonRequest("/actuator/tenants/nosuchtenant/suspend", "POST", "")).status()).isEqualTo(404);
        var configured = asOperator(jsonRequest("/actuator/tenants/demo/suspend", "POST", ""));
        assertThat(configured.status()).as("a configured tenant is suspended in its configuration").isEqualTo(409);
    }

    @Test
    void theCommandOfTheSameJarOnboardsSuspendsAndResumesAndExitsWithAStatus() {
        var id = newId();
        var postgres = TestPostgres.shared();
        var configuration = new String[] {"--elif.tenant-registry.directory=" + REGISTRY,
                "--elif.onboarding.url=" + postgres.url("postgres"), "--elif.onboarding.username=" + postgres.username(),
                "--elif.onboarding.password=" + postgres.password()};
        var environment = Map.of("ELIF_FIRST_ADMIN_PASSWORD", OWNER_PASSWORD);

        var onboarded = command(environment, configuration, "tenant", "onboard", id, "--company-name=Command & Fils",
                "--admin-username=boss", "--admin-email=boss@" + id + ".example", "--time-zone=Indian/Antananarivo");

        assertThat(onboarded.status()).as(onboarded.err()).isZero();
        assertThat(onboarded.out()).contains("elif_" + id + "_readonly");
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId(id)));
        var session = signIn(id, "boss", OWNER_PASSWORD);
        assertThat(command(environment, configuration, "tenant", "onboard", id, "--company-name=Again",
                "--admin-username=boss", "--admin-email=boss@" + id + ".example").status()).as("exists").isEqualTo(3);
        var bad = command(environment, configuration, "tenant", "onboard", "Bad-Id", "--company-name=Bad",
                "--admin-username=boss", "--admin-email=boss@bad.example");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("id:");

        assertThat(command(environment, configuration, "tenant", "suspend", id).status()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> tenantStates.isSuspended(new TenantId(id)));
        assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET()).status()).isEqualTo(403);
        assertThat(command(environment, configuration, "tenant", "resume", id).status()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> !tenantStates.isSuspended(new TenantId(id)));
        assertThat(sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET()).status()).isEqualTo(200);
    }

    private record Ran(int status, String out, String err) {
    }

    private static Ran command(Map<String, String> environment, String[] configuration, String... words) {
        var args = new String[words.length + configuration.length];
        System.arraycopy(words, 0, args, 0, words.length);
        System.arraycopy(configuration, 0, args, words.length, configuration.length);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = TenantCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Response asOperator(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + OPERATOR_TOKEN));
    }

    private static ObjectNode onboarding(String id) {
        var body = JSON.createObjectNode().put("id", id).put("companyName", "Société " + id + " SARL");
        body.putObject("firstAdmin").put("username", "boss").put("email", "boss@" + id.toLowerCase(Locale.ROOT) + ".example")
                .put("displayName", "The Boss").put("password", OWNER_PASSWORD);
        return body;
    }

    private static String newId() {
        return "co_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Properties tenantFile(String id) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REGISTRY.resolve(id + ".properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void assertRefused(SqlAction action) {
        assertThatExceptionOfType(SQLException.class).isThrownBy(action::run)
                .satisfies(e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501"));
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("elif-tenant-registry");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
