package io.elif.bootstrap.api;

import io.elif.identity.Role;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection the database closed while it sat in the pool is replaced, never handed to a request. */
class PooledConnectionApiTests extends ApiTestSupport {

    @Test
    void theRequestsRightAfterTheDatabaseClosedThePooledConnectionsAreServed() {
        var manager = sessionAs("acme", Role.MANAGER);
        for (int i = 0; i < 3; i++) {
            assertThat(sendAs(manager, HttpRequest.newBuilder(uri("/api/catalog/products")).GET()).status()).isEqualTo(200);
        }

        int closed = terminateConnectionsOf("elif_api_acme");

        assertThat(closed).as("the pool held connections the server then closed").isPositive();
        for (int i = 0; i < 3; i++) {
            assertThat(sendAs(manager, HttpRequest.newBuilder(uri("/api/catalog/products")).GET()).status()).isEqualTo(200);
        }
    }

    private static int terminateConnectionsOf(String database) {
        var postgres = TestPostgres.shared();
        try (var connection = DriverManager.getConnection(postgres.url("postgres"), postgres.username(), postgres.password());
             var statement = connection.prepareStatement("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = ? and pid <> pg_backend_pid()
                     """)) {
            statement.setString(1, database);
            var result = statement.executeQuery();
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
