package io.elif.bootstrap.api;

import io.elif.bootstrap.tenancy.Tenants;
import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import io.elif.testing.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on a random port, over real HTTP, with configured tenants: demo and acme on
 * their own PostgreSQL databases, "fragile" (whose database a test drops), "fuzz" (only the fuzzing
 * tier writes there, so its findings never disturb the other tests' data), and "broken", whose
 * database does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    protected static final String ALLOWED_ORIGIN = "http://orders.elif.test";
    /** The demo tenant's company name, as configured. */
    /** The tenant that the ...As(role) calls and the sale helpers work in. */
    protected static final String DEMO = "demo";
    protected static final String DEMO_COMPANY = "Boissons Démo & Fils SARL";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> DATABASES = Map.of("demo", "elif_api_demo", "acme", "elif_api_acme",
            "fragile", "elif_api_fragile", "fuzz", "elif_api_fuzz");

    @LocalServerPort
    protected int port;

    @Autowired
    protected Tenants tenantStates;

    /** The operators' token; the application is configured with its SHA-256 only. */
    protected static final String OPERATOR_TOKEN = "operator-token-for-the-api-tests-2026";

    /** Each tenant's first administrator, provisioned from configuration at start-up. */
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "first-admin-pass-2026";
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, String> REFERENCE_IDS = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        var postgres = TestPostgres.shared();
        DATABASES.forEach((tenant, database) -> {
            registry.add("elif.tenants." + tenant + ".url", () -> postgres.database(database));
            registry.add("elif.tenants." + tenant + ".username", postgres::username);
            registry.add("elif.tenants." + tenant + ".password", postgres::password);
            registry.add("elif.tenants." + tenant + ".first-admin.username", () -> ADMIN);
            registry.add("elif.tenants." + tenant + ".first-admin.email", () -> "admin@" + tenant + ".example");
            registry.add("elif.tenants." + tenant + ".first-admin.password", () -> ADMIN_PASSWORD);
        });
        // the demo tenant's letterhead (invoices, receipts); the others print their id
        registry.add("elif.tenants.demo.company.name", () -> DEMO_COMPANY);
        registry.add("elif.tenants.demo.company.address", () -> "Lot II A 12, Analakely, Antananarivo");
        registry.add("elif.tenants.demo.company.tax-id", () -> "NIF 1000000001");
        registry.add("elif.web.allowed-origins", () -> ALLOWED_ORIGIN);
        registry.add("elif.operator.token-sha256", () -> sha256Hex(OPERATOR_TOKEN));
        // the production default (5 s) with room for a loaded 2-core CI machine: hundreds of concurrent sales queue
        // for the tenant's 8 connections behind the number series' row lock (SaleConcurrencyApiTests)
        registry.add("elif.pool.connection-timeout", () -> "10s");
        // at the JVM's exit the tests' PostgreSQL stops beside the application (two shutdown hooks): what waits for
        // it while the application stops gives up soon, rather than Surefire killing the fork after 30 s
        registry.add("spring.lifecycle.timeout-per-shutdown-phase", () -> "2s");
        // every test logs in from 127.0.0.1; the per-address limit has its own test (LoginRateLimitTest)
        registry.add("elif.security.login-attempts-per-minute", () -> "100000");
        registry.add("elif.tenants.broken.url", () -> postgres.url("elif_api_missing_database"));
        registry.add("elif.tenants.broken.username", postgres::username);
        registry.add("elif.tenants.broken.password", postgres::password);
    }

    /**
     * Tenants are migrated in the background after the start: the tests begin once each is up or down for good
     * ("broken", whose database does not exist).
     */
    @BeforeEach
    protected void awaitTenantsOpened() {
        await().atMost(Duration.ofMinutes(3)).until(() -> tenantStates.ids().stream().allMatch(tenant ->
                tenantStates.isUp(tenant) || tenantStates.state(tenant) == Tenants.State.DOWN
                        && tenantStates.nextAttempt(tenant).isEmpty()));
    }

    protected record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {

        Optional<String> cookie(String name) {
            return raw.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith(name + "="))
                    .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                    .findFirst();
        }
    }

    /** A signed-in browser: its session cookie and its CSRF token (sent back as cookie and header). */
    public record Session(String tenant, String cookie, String csrf) {

        public HttpRequest.Builder apply(HttpRequest.Builder request) {
            return request.header("X-Tenant", tenant)
                    .header("Cookie", "ELIF_SESSION=" + cookie + "; XSRF-TOKEN=" + csrf)
                    .header("X-XSRF-TOKEN", csrf);
        }
    }

    /** As a user of the demo tenant holding just this role. */
    protected Response getAs(Role role, String path) {
        return sendAs(sessionAs(DEMO, role), HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Response postAs(Role role, String path, String json) {
        return sendAs(sessionAs(DEMO, role), jsonRequest(path, "POST", json));
    }

    protected Response putAs(Role role, String path, String json) {
        return sendAs(sessionAs(DEMO, role), jsonRequest(path, "PUT", json));
    }

    /**
     * Cash goes through a till: gives the demo tenant's user of each role an open till session (on a till of their
     * own, float 0) unless they have one already.
     */
    protected void tillsOpen(Role... roles) {
        for (var role : roles) {
            var current = getAs(role, "/api/sales/till-sessions/current");
            assertThat(current.status()).as(current.raw().body()).isEqualTo(200);
            if (current.body().get("session").isNull()) {
                var till = postAs(Role.ADMIN, "/api/sales/tills", "{\"code\": \"T-%s\", \"name\": \"Till of %s\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8), role));
                assertThat(till.status()).as(till.raw().body()).isEqualTo(201);
                var opened = postAs(role, "/api/sales/tills/" + till.body().get("id").asString() + "/sessions",
                        "{\"openingFloat\": \"0\"}");
                assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
            }
        }
    }

    /** The fields a 400 validation problem names, in its order. */
    protected static List<String> fields(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).endsWith("/validation");
        return response.body().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    /** The ids of a page's items, in its order. */
    protected static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    /** As the tenant's administrator (a tenant of the test set-up), or anonymously for any other. */
    protected Response get(String tenant, String path) {
        return send(tenant, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Response post(String tenant, String path, String json) {
        return send(tenant, jsonRequest(path, "POST", json));
    }

    protected Response put(String tenant, String path, String json) {
        return send(tenant, jsonRequest(path, "PUT", json));
    }

    protected Response send(String tenant, HttpRequest.Builder request) {
        if (tenant != null && DATABASES.containsKey(tenant)) {
            return sendAs(adminOf(tenant), request);
        }
        if (tenant != null) {
            request.header("X-Tenant", tenant);
        }
        return exchange(request);
    }

    protected Response sendAs(Session session, HttpRequest.Builder request) {
        return exchange(session.apply(request));
    }

    protected HttpRequest.Builder jsonRequest(String path, String method, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    protected Session adminOf(String tenant) {
        return SESSIONS.computeIfAbsent(tenant + "/" + ADMIN, key -> signIn(tenant, ADMIN, ADMIN_PASSWORD));
    }

    /** A session of a user holding just this role, created through the API on first use. */
    protected Session sessionAs(String tenant, Role role) {
        if (role == Role.ADMIN) {
            return adminOf(tenant);
        }
        return SESSIONS.computeIfAbsent(tenant + "/" + role, key -> {
            createUser(tenant, usernameOf(role), role, passwordOf(role));
            return signIn(tenant, usernameOf(role), passwordOf(role));
        });
    }

    /** Another session of the user {@link #sessionAs} signs in, for a test that ends it (logging out). */
    protected Session freshSessionAs(String tenant, Role role) {
        sessionAs(tenant, role);
        return role == Role.ADMIN ? signIn(tenant, ADMIN, ADMIN_PASSWORD) : signIn(tenant, usernameOf(role), passwordOf(role));
    }

    private static String usernameOf(Role role) {
        return role.name().toLowerCase(Locale.ROOT) + "_user";
    }

    private static String passwordOf(Role role) {
        return usernameOf(role) + "-pass-2026";
    }

    protected Response createUser(String tenant, String username, Role role, String password) {
        return post(tenant, "/api/identity/users", """
                {"username":"%s","email":"%s@%s.example","displayName":"%s","roles":["%s"],"password":"%s"}
                """.formatted(username, username, tenant, username, role, password));
    }

    /** Signs in as a browser would: fetch a CSRF token, then log in with it; fails the test if refused. */
    protected Session signIn(String tenant, String login, String password) {
        var csrf = csrfToken(tenant);
        var response = login(tenant, login, password, null, csrf);
        if (response.status() != 200) {
            throw new AssertionError("login refused: " + response.raw().body());
        }
        return new Session(tenant, response.cookie("ELIF_SESSION").orElseThrow(), csrf);
    }

    protected Response tryLogin(String tenant, String login, String password, String totpCode) {
        return login(tenant, login, password, totpCode, csrfToken(tenant));
    }

    protected String csrfToken(String tenant) {
        return exchange(HttpRequest.newBuilder(uri("/api/auth/csrf")).header("X-Tenant", tenant).GET())
                .cookie("XSRF-TOKEN").orElseThrow();
    }

    private Response login(String tenant, String login, String password, String totpCode, String csrf) {
        var body = JSON.createObjectNode().put("login", login).put("password", password);
        if (totpCode != null) {
            body.put("totpCode", totpCode);
        }
        return exchange(jsonRequest("/api/auth/login", "POST", body.toString())
                .header("X-Tenant", tenant)
                .header("Cookie", "XSRF-TOKEN=" + csrf)
                .header("X-XSRF-TOKEN", csrf));
    }

    protected Response exchange(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            var body = contentType.contains("json") ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), contentType, body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Books that many base units of the product into the default location of the demo tenant, as a storekeeper. */
    protected void receive(String product, long quantity) {
        var receipt = postAs(Role.WAREHOUSE, "/api/inventory/receipts", """
                {"reference": "D-%s", "lines": [{"productId": "%s", "quantity": %d}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), product, quantity));
        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(201);
    }

    /** The demo tenant's company-wide on hand of the product. */
    protected long onHand(String product) {
        return stock(product).get("onHand").asLong();
    }

    /**
     * A product of the demo tenant sold by its base unit (BOTTLE, CAN) and taxed at VAT 20, priced per level in order
     * (LEVEL_1, LEVEL_2, ...); its id.
     */
    protected String sellable(String name, String baseUnit, String... levelPrices) {
        var body = productBody(DEMO, uniqueSku(), name);
        body.put("baseUnit", baseUnit).put("taxClassId", taxClassId(DEMO, "VAT 20"));
        var prices = body.putObject("prices");
        for (int level = 0; level < levelPrices.length; level++) {
            prices.put("LEVEL_" + (level + 1), levelPrices[level]);
        }
        return createProduct(DEMO, body).get("id").asString();
    }

    /** A crate of that many bottles of a demo product, priced at one level ("LEVEL_2"); its id. */
    protected String crate(String product, int units, String level, String price) {
        var created = post(DEMO, "/api/catalog/products/" + product + "/packs", """
                {"name": "Crate of %d", "unitsPerPack": %d, "prices": {"%s": "%s"}}""".formatted(units, units, level, price));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** The demo tenant's company-wide stock of the product (onHand, reserved, available), as a storekeeper sees it. */
    protected JsonNode stock(String product) {
        return getAs(Role.WAREHOUSE, "/api/inventory/stock/" + product).body();
    }

    /** How many rows a table of the demo tenant holds ("sales.sale"). */
    protected static long rows(String table) {
        return ((Number) queryTenantDatabase(DEMO, "select count(*) from " + table)).longValue();
    }

    /** The same request from that many clients at once. */
    protected static List<Response> concurrently(int clients, Callable<Response> request) throws InterruptedException {
        return concurrently(Collections.nCopies(clients, request));
    }

    /** Sends each request from its own client at once (all start on one barrier); the answers in the requests' order. */
    protected static List<Response> concurrently(List<Callable<Response>> requests) throws InterruptedException {
        var start = new CyclicBarrier(requests.size());
        var started = requests.stream().<Callable<Response>>map(request -> () -> {
            start.await();
            return request.call();
        }).toList();
        try (var clients = Executors.newFixedThreadPool(requests.size())) {
            return clients.invokeAll(started).stream().map(answer -> {
                try {
                    return answer.get();
                } catch (ExecutionException e) {
                    throw new AssertionError("a concurrent request failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }).toList();
        }
    }

    /** A returnable container type of the demo tenant (BOTTLE or CRATE) with its deposit; its id. */
    protected String container(String kind, String deposit) {
        var created = postAs(Role.MANAGER, "/api/catalog/containers", """
                {"code": "C%s", "name": "Returnable %s", "kind": "%s", "deposit": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), kind.toLowerCase(), kind, deposit));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** Creates a product (category "Beer", tax class "Standard", 3500.00 at LEVEL_1) through the API; its JSON. */
    protected JsonNode createProduct(String tenant, String sku, String name) {
        return createProduct(tenant, productBody(tenant, sku, name));
    }

    protected JsonNode createProduct(String tenant, ObjectNode body) {
        var response = post(tenant, "/api/catalog/products", body.toString());
        if (response.status() != 201) {
            throw new AssertionError("product not created: " + response.raw().body());
        }
        return response.body();
    }

    /** A valid body for POST /api/catalog/products, for tests to change before sending. */
    protected ObjectNode productBody(String tenant, String sku, String name) {
        var body = JSON.createObjectNode()
                .put("sku", sku)
                .put("name", name)
                .put("categoryId", categoryId(tenant, "Beer"))
                .put("taxClassId", taxClassId(tenant, "Standard"))
                .put("baseUnit", "BOTTLE");
        body.putObject("prices").put("LEVEL_1", "3500.00");
        return body;
    }

    /** The id of the tenant's sellable category of this name, created on first use. */
    protected String categoryId(String tenant, String name) {
        return REFERENCE_IDS.computeIfAbsent(tenant + "/category/" + name, key -> findOrCreate(tenant,
                "/api/catalog/categories", name, JSON.createObjectNode().put("name", name).put("sellable", true)));
    }

    /** The id of the tenant's tax class of this name (20.00 when created here; "Standard" exists from the start). */
    protected String taxClassId(String tenant, String name) {
        return REFERENCE_IDS.computeIfAbsent(tenant + "/tax-class/" + name, key -> findOrCreate(tenant,
                "/api/catalog/tax-classes", name, JSON.createObjectNode().put("name", name).put("rate", "20.00")));
    }

    /** Creates the entry, or finds it when it exists already (from an earlier run or a concurrent test). */
    private String findOrCreate(String tenant, String path, String name, ObjectNode body) {
        var created = post(tenant, path, body.toString());
        if (created.status() == 201) {
            return created.body().get("id").asString();
        }
        return get(tenant, path).body().valueStream()
                .filter(entry -> entry.get("name").asString().equalsIgnoreCase(name))
                .map(entry -> entry.get("id").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " " + name + " neither created nor found: " + created.raw().body()));
    }

    /** The security headers the application sends on every response, errors included. */
    protected static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    protected static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random valid EAN-13 (GS1 check digit), in the "in-store" 2xx range so it never names a real product. */
    protected static String uniqueBarcode() {
        var digits = new StringBuilder("2");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 11; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    protected static String uniqueSku() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Drops a tenant's database under the running application, closing its connections. */
    protected static void dropTenantDatabase(String tenant) {
        var postgres = TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url("postgres"), postgres.username(), postgres.password())) {
            connection.createStatement().execute("drop database " + DATABASES.get(tenant) + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection straight to a tenant's database, around the application; the caller closes it. */
    protected static Connection connectToTenantDatabase(String tenant) throws SQLException {
        var postgres = TestPostgres.shared();
        return DriverManager.getConnection(postgres.url(DATABASES.get(tenant)), postgres.username(), postgres.password());
    }

    /** One value read straight from a tenant's database, around the application. */
    protected static Object queryTenantDatabase(String tenant, String sql, Object... parameters) {
        try (var connection = connectToTenantDatabase(tenant);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            var result = statement.executeQuery();
            return result.next() ? result.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
