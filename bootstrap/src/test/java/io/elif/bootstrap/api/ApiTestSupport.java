package io.elif.bootstrap.api;

import io.elif.testing.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The whole application on a random port, over real HTTP, with configured tenants: demo and acme on
 * their own PostgreSQL databases, "fragile" (whose database a test drops), and "broken", whose
 * database does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    protected static final String ALLOWED_ORIGIN = "http://orders.elif.test";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> DATABASES =
            Map.of("demo", "elif_api_demo", "acme", "elif_api_acme", "fragile", "elif_api_fragile");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        var postgres = TestPostgres.shared();
        DATABASES.forEach((tenant, database) -> {
            registry.add("elif.tenants." + tenant + ".url", () -> postgres.database(database));
            registry.add("elif.tenants." + tenant + ".username", postgres::username);
            registry.add("elif.tenants." + tenant + ".password", postgres::password);
        });
        registry.add("elif.web.allowed-origins", () -> ALLOWED_ORIGIN);
        registry.add("elif.pool.connection-timeout", () -> "2s");
        registry.add("elif.tenants.broken.url", () -> postgres.url("elif_api_missing_database"));
        registry.add("elif.tenants.broken.username", postgres::username);
        registry.add("elif.tenants.broken.password", postgres::password);
    }

    protected record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    protected Response get(String tenant, String path) {
        return send(tenant, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Response post(String tenant, String path, String json) {
        return send(tenant, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    protected Response send(String tenant, HttpRequest.Builder request) {
        if (tenant != null) {
            request.header("X-Tenant", tenant);
        }
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

    /** Creates a product through the API and returns its JSON. */
    protected JsonNode createProduct(String tenant, String sku, String name) {
        var response = post(tenant, "/api/catalog/products", """
                {"sku":"%s","name":"%s","categoryName":"Beer","baseUnit":"BOTTLE","price":"3500.00"}
                """.formatted(sku, name));
        if (response.status() != 201) {
            throw new AssertionError("product not created: " + response.raw().body());
        }
        return response.body();
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

    /** One value read straight from a tenant's database, around the application. */
    protected static Object queryTenantDatabase(String tenant, String sql, Object... parameters) {
        var postgres = TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url(DATABASES.get(tenant)), postgres.username(), postgres.password());
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
