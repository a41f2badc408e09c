package io.elif.bootstrap.tenancy;

import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** Three tenants sharing an instance bound of two connections, one each at most, on the tests' PostgreSQL. */
class ConnectionBudgetTests {

    private static final TestPostgres POSTGRES = TestPostgres.shared();
    private static final TenantId A = new TenantId("a");
    private static final TenantId B = new TenantId("b");
    private static final TenantId C = new TenantId("c");

    private final TenantDataSources dataSources = new TenantDataSources(tenants(),
            new TenancyProperties.Pool(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(10)), 2);

    @AfterEach
    void closePools() {
        dataSources.destroy();
    }

    @Test
    void theIdleConnectionsOfOtherTenantsAreClosedForATenantWaiting() throws SQLException {
        dataSources.of(A).getConnection().close();
        dataSources.of(B).getConnection().close();
        assertThat(dataSources.connectionsHeld()).as("a and b keep theirs idle").isEqualTo(2);

        long began = System.nanoTime();
        try (var connection = dataSources.of(C).getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(1));
        assertThat(dataSources.connectionsHeld()).isLessThanOrEqualTo(2);
    }

    @Test
    void connectionsInUseAreNeverTakenAndTheWaiterGivesUpAfterTheTimeout() throws SQLException {
        var held = new ArrayList<Connection>(List.of(dataSources.of(A).getConnection(), dataSources.of(B).getConnection()));
        try {
            assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(() -> dataSources.of(C).getConnection());
            assertThat(held).allMatch(connection -> isValid(connection));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        try (var connection = dataSources.of(C).getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void closingAPoolGivesItsPermitsBack() throws SQLException {
        dataSources.of(A).getConnection().close();
        dataSources.of(B).getConnection().close();

        dataSources.destroy();

        await().atMost(Duration.ofSeconds(5)).until(() -> dataSources.connectionsHeld() == 0);
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Tenants tenants() {
        var connections = new TreeMap<TenantId, TenantConnection>();
        for (var tenant : List.of(A, B, C)) {
            connections.put(tenant, new TenantConnection(POSTGRES.database("elif_budget_" + tenant.value()),
                    POSTGRES.username(), POSTGRES.password()));
        }
        return new Tenants(Map.copyOf(connections));
    }
}
