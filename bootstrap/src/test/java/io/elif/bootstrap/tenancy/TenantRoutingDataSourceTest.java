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

    private static final TenancyProperties.Pool POOL = new TenancyProperties.Pool(4, 100, Duration.ofSeconds(1), Duration.ofMinutes(1));
    private static final TenantId DEMO = new TenantId("demo");

    private final Tenants tenants = new Tenants(Map.of(DEMO,
            new TenantConnection("jdbc:postgresql://127.0.0.1:1/never_reached", "nobody", "secret")));
    private final TenantDataSources pools = new TenantDataSources(tenants, POOL);
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
    void refusesToStartBeyondTheConnectionBudget() {
        var tight = new TenancyProperties.Pool(8, 7, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThatIllegalStateException().isThrownBy(() -> new TenantDataSources(tenants, tight))
                .withMessageContaining("connection budget");
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
