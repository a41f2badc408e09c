package io.elif.bootstrap.tenancy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Fail closed: without a tenant, or for a tenant not serving, no connection is handed out at all. */
class TenantRoutingDataSourceTest {

    private static final TenancyProperties.Pool POOL = new TenancyProperties.Pool(4, 0, Duration.ofSeconds(1), Duration.ofSeconds(10));
    private static final TenantId DEMO = new TenantId("demo");

    private final Tenants tenants = new Tenants(Map.of(DEMO,
            new TenantConnection("jdbc:postgresql://127.0.0.1:1/never_reached", "nobody", "secret")));
    private final TenantDataSources pools = new TenantDataSources(tenants, POOL, 100);
    private final TenantRoutingDataSource routing = new TenantRoutingDataSource(tenants, pools);

    @AfterEach
    void closePools() {
        pools.destroy();
    }

    @Test
    void refusesAConnectionWithoutATenant() {
        assertThatExceptionOfType(NoTenantException.class).isThrownBy(routing::getConnection);
    }

    @Test
    void refusesAConnectionForATenantThatIsNotUp() {
        try (var ignored = TenantContext.bind(DEMO)) {
            assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(routing::getConnection);
        }
    }

    @Test
    void refusesAConnectionForAnUnknownTenant() {
        try (var ignored = TenantContext.bind(new TenantId("ghost"))) {
            assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(routing::getConnection);
        }
    }

    @Test
    void refusesAPerTenantMaximumThatLeavesNoConnectionToTheOtherTenants() {
        var two = new Tenants(Map.of(DEMO, new TenantConnection("jdbc:postgresql://127.0.0.1:1/a", "nobody", "secret"),
                new TenantId("acme"), new TenantConnection("jdbc:postgresql://127.0.0.1:1/b", "nobody", "secret")));
        var greedy = new TenancyProperties.Pool(8, 0, Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertThatIllegalStateException().isThrownBy(() -> new TenantDataSources(two, greedy, 8))
                .withMessageContaining("elif.pool.max-size-per-tenant=8 must be below the instance's 8 connections");
    }

    @Test
    void restoresThePreviousTenantAfterNestedWork() {
        var acme = new TenantId("acme");
        TenantContext.runAs(DEMO, () -> {
            TenantContext.runAs(acme, () -> assertThat(TenantContext.current()).contains(acme));
            assertThat(TenantContext.current()).contains(DEMO);
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void propagatesTheTenantToOtherThreads() throws Exception {
        var seen = new java.util.concurrent.atomic.AtomicReference<Object>();
        Runnable task = () -> seen.set(TenantContext.current().orElse(null));
        var propagated = TenantContext.callAs(DEMO, () -> TenantContext.propagate(task));

        var thread = Thread.ofPlatform().start(propagated);
        thread.join();

        assertThat(seen.get()).isEqualTo(DEMO);
    }
}
