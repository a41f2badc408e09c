package io.elif.bootstrap.api;

import io.elif.bootstrap.tenancy.TenancyProperties;
import io.elif.bootstrap.tenancy.TenantDataSources;
import io.elif.bootstrap.tenancy.TenantId;
import io.elif.bootstrap.tenancy.Tenants;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Fifty tenants on one instance that may hold ten connections, three per tenant, migrated two at a time in the
 * background; and "limited", whose role the server first refuses any connection (too many connections), which
 * heals by itself once the operator lifts the limit. Closed after its tests, while the test PostgreSQL still runs:
 * stopping reports each used tenant's event publications.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class ManyTenantsApiTests extends ApiTestSupport {

    private static final int TENANTS = 50;
    private static final int BOUND = 10;
    private static final int PER_TENANT = 3;
    private static final String LIMITED_ROLE = "elif_many_limited";

    @Autowired
    TenantDataSources dataSources;

    @Autowired
    TenancyProperties tenancy;

    @DynamicPropertySource
    static void manyTenants(DynamicPropertyRegistry registry) {
        var postgres = TestPostgres.shared();
        for (var tenant : many()) {
            var database = database(tenant);
            registry.add("elif.tenants." + tenant + ".url", () -> postgres.database(database));
            registry.add("elif.tenants." + tenant + ".username", postgres::username);
            registry.add("elif.tenants." + tenant + ".password", postgres::password);
            registry.add("elif.tenants." + tenant + ".first-admin.username", () -> ADMIN);
            registry.add("elif.tenants." + tenant + ".first-admin.email", () -> "admin@" + tenant + ".example");
            registry.add("elif.tenants." + tenant + ".first-admin.password", () -> ADMIN_PASSWORD);
        }
        registry.add("elif.tenants.limited.url", () -> limitedDatabase(postgres));
        registry.add("elif.tenants.limited.username", () -> LIMITED_ROLE);
        registry.add("elif.tenants.limited.password", () -> LIMITED_ROLE);
        registry.add("elif.tenants.limited.first-admin.username", () -> ADMIN);
        registry.add("elif.tenants.limited.first-admin.email", () -> "admin@limited.example");
        registry.add("elif.tenants.limited.first-admin.password", () -> ADMIN_PASSWORD);
        registry.add("elif.pool.max-total-connections", () -> BOUND);
        registry.add("elif.pool.max-size-per-tenant", () -> PER_TENANT);
        registry.add("elif.migration-threads", () -> 2);
    }

    /** This class watches the tenants open; each test waits for what it needs. */
    @Override
    protected void awaitTenantsOpened() {
    }

    @Test
    @Order(1)
    void aMigratedTenantServesWhileTheOthersStillMigrateAndAnswer503WithRetryAfter() {
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(new TenantId("t00")));
        var notYet = many().stream().filter(tenant -> !tenantStates.isUp(new TenantId(tenant))).count();
        var last = exchange(HttpRequest.newBuilder(uri("/api/catalog/products")).header("X-Tenant", "t49").GET());

        assertThat(notYet).as("tenants not yet open when the first serves").isGreaterThan(TENANTS / 2);
        assertThat(last.status()).isEqualTo(503);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.body().get("type").asString()).endsWith("/tenant-unavailable");
        assertThat(last.raw().headers().firstValue("Retry-After")).hasValue("5");
        var products = sendAs(signIn("t00", ADMIN, ADMIN_PASSWORD), HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
        assertThat(products.status()).as(products.raw().body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theConnectionBoundHoldsUnderConcurrentRequestsToEveryTenant() throws Exception {
        awaitAllMigrated();
        var sessions = many().stream().map(tenant -> signIn(tenant, ADMIN, ADMIN_PASSWORD)).toList();
        int requests = 2 * TENANTS;
        var start = new CountDownLatch(1);
        var served = new AtomicInteger();
        var refused = new AtomicInteger();
        var other = new ConcurrentLinkedQueue<String>();
        var sampling = new AtomicBoolean(true);
        var mostSeen = new AtomicInteger();
        var sampler = Thread.ofPlatform().start(() -> sampleConnections(sampling, mostSeen));
        try (var clients = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                var session = sessions.get(i % TENANTS);
                clients.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    var response = sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
                    if (response.status() == 200) {
                        served.incrementAndGet();
                    } else if (response.status() == 503 && response.raw().headers().firstValue("Retry-After").isPresent()) {
                        refused.incrementAndGet();
                    } else {
                        other.add(response.status() + " " + response.raw().body());
                    }
                });
            }
            start.countDown();
        }
        sampling.set(false);
        sampler.join();

        assertThat(other).isEmpty();
        assertThat(served.get() + refused.get()).isEqualTo(requests);
        assertThat(served.get()).isPositive();
        assertThat(mostSeen.get()).as("connections of these tenants seen in pg_stat_activity").isPositive()
                .isLessThanOrEqualTo(BOUND);
        assertThat(dataSources.connectionsHeld()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    @Order(3)
    void aBusyTenantStopsAtItsShareAndARequestFindingNoConnectionGets503WithRetryAfterWithinTheTimeout() throws Exception {
        awaitAllMigrated();
        var session = signIn("t05", ADMIN, ADMIN_PASSWORD);
        var held = new ArrayList<Connection>();
        try {
            for (var tenant : List.of("t01", "t02", "t03")) {
                for (int i = 0; i < PER_TENANT; i++) {
                    held.add(dataSources.of(new TenantId(tenant)).getConnection());
                }
            }
            held.add(dataSources.of(new TenantId("t04")).getConnection());
            assertThat(dataSources.connectionsHeld()).isEqualTo(BOUND);
            assertThatExceptionOfType(SQLTransientConnectionException.class)
                    .as("t01 holds its three already").isThrownBy(() -> dataSources.of(new TenantId("t01")).getConnection());

            long began = System.nanoTime();
            var waiting = sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
            var waited = Duration.ofNanos(System.nanoTime() - began);

            assertThat(waiting.status()).isEqualTo(503);
            assertThat(waiting.body().get("type").asString()).endsWith("/tenant-unavailable");
            assertThat(waiting.raw().headers().firstValue("Retry-After")).hasValue("5");
            var timeout = tenancy.pool().connectionTimeout();
            assertThat(waited).as("the connection timeout is " + timeout).isLessThan(timeout.plusSeconds(3));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        var afterwards = sendAs(session, HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
        assertThat(afterwards.status()).as(afterwards.raw().body()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aTenantRefusedForTooManyConnectionsComesBackByItselfOnceTheServerAcceptsIt() {
        var limited = new TenantId("limited");
        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.state(limited) == Tenants.State.DOWN
                && tenantStates.nextAttempt(limited).isPresent());
        var refused = exchange(HttpRequest.newBuilder(uri("/api/catalog/products")).header("X-Tenant", "limited").GET());
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();

        administer("alter role " + LIMITED_ROLE + " connection limit -1");

        await().atMost(Duration.ofMinutes(1)).until(() -> tenantStates.isUp(limited));
        var products = sendAs(signIn("limited", ADMIN, ADMIN_PASSWORD), HttpRequest.newBuilder(uri("/api/catalog/products")).GET());
        assertThat(products.status()).as(products.raw().body()).isEqualTo(200);
    }

    private void awaitAllMigrated() {
        await().atMost(Duration.ofMinutes(4)).until(() -> many().stream().allMatch(tenant -> tenantStates.isUp(new TenantId(tenant))));
    }

    /** The most connections to the fifty tenants' databases seen at once while the flag is up. */
    private static void sampleConnections(AtomicBoolean sampling, AtomicInteger mostSeen) {
        var postgres = TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url("postgres"), postgres.username(), postgres.password());
             var count = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where datname like 'elif\\_many\\_t%' and backend_type = 'client backend'")) {
            while (sampling.get()) {
                var result = count.executeQuery();
                result.next();
                mostSeen.accumulateAndGet(result.getInt(1), Math::max);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> many() {
        return IntStream.range(0, TENANTS).mapToObj("t%02d"::formatted).toList();
    }

    private static String database(String tenant) {
        return "elif_many_" + tenant;
    }

    /** A database owned by a role that the server refuses any connection, as when its slots are full. */
    private static String limitedDatabase(TestPostgres postgres) {
        administer("do $$ begin if not exists (select from pg_roles where rolname = '" + LIMITED_ROLE + "') then "
                + "create role " + LIMITED_ROLE + " login password '" + LIMITED_ROLE + "'; end if; end $$");
        administer("alter role " + LIMITED_ROLE + " connection limit 0");
        var url = postgres.database("elif_many_limited");
        administer("alter database elif_many_limited owner to " + LIMITED_ROLE);
        return url;
    }

    private static void administer(String sql) {
        var postgres = TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url("postgres"), postgres.username(), postgres.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
