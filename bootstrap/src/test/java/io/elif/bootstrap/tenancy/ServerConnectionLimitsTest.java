package io.elif.bootstrap.tenancy;

import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The instance's connection bound comes from the server it shares, not from tenants times a per-tenant figure. */
class ServerConnectionLimitsTest {

    private static final TestPostgres POSTGRES = TestPostgres.shared();

    private final Tenants tenants = new Tenants(Map.of(
            new TenantId("missing"), new TenantConnection(POSTGRES.url("elif_limits_missing"), POSTGRES.username(), POSTGRES.password()),
            new TenantId("present"), new TenantConnection(POSTGRES.database("elif_limits_present"), POSTGRES.username(), POSTGRES.password())));

    @Test
    void withoutAConfiguredBoundTheInstanceTakesHalfOfTheServersSlots() {
        var pool = new TenancyProperties.Pool(4, 0, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThat(ServerConnectionLimits.total(tenants, pool)).isEqualTo(usableSlots() / 2);
    }

    @Test
    void aConfiguredBoundWithinTheServersSlotsIsKept() {
        var pool = new TenancyProperties.Pool(4, 12, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThat(ServerConnectionLimits.total(tenants, pool)).isEqualTo(12);
    }

    @Test
    void aConfiguredBoundAboveWhatTheServerAcceptsRefusesTheStart() {
        var pool = new TenancyProperties.Pool(4, usableSlots() + 1, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThatIllegalStateException().isThrownBy(() -> ServerConnectionLimits.total(tenants, pool))
                .withMessageContaining("elif.pool.max-total-connections=" + (usableSlots() + 1))
                .withMessageContaining("exceeds the " + usableSlots() + " connections");
    }

    @Test
    void aServerThatDoesNotAnswerLeavesAModestBound() {
        var unreachable = new Tenants(Map.of(new TenantId("far"),
                new TenantConnection("jdbc:postgresql://127.0.0.1:1/far", "nobody", "secret")));
        var pool = new TenancyProperties.Pool(4, 0, Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertThat(ServerConnectionLimits.total(unreachable, pool)).isEqualTo(ServerConnectionLimits.FALLBACK_TOTAL);
    }

    @Test
    void tenantsOnOneServerAreAskedOnce() {
        assertThat(ServerConnectionLimits.server("jdbc:postgresql://db.example:6432/a?ssl=true")).isEqualTo("db.example:6432");
        assertThat(ServerConnectionLimits.server("jdbc:postgresql://db.example/b")).isEqualTo("db.example:5432");
        assertThat(ServerConnectionLimits.server("jdbc:postgresql:c")).isEqualTo("localhost:5432");
    }

    private static int usableSlots() {
        try (var connection = DriverManager.getConnection(POSTGRES.url("postgres"), POSTGRES.username(), POSTGRES.password());
             var result = connection.createStatement().executeQuery(
                     "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
