package io.elif.bootstrap.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A tenant's pool that hands out live connections only. Hikari checks a connection on loan only when it has
 * been idle for half a second, so one the server closed a moment ago (a restart, pg_terminate_backend, an idle
 * timeout) would reach a request and fail it; here every loan is checked (one round trip) and a dead
 * connection is evicted and replaced. After as many dead ones as the pool holds, the next is returned as it is:
 * if the database is really gone, the request's own failure says so (503).
 */
final class LiveConnections extends DelegatingDataSource {

    private static final int CHECK_TIMEOUT_SECONDS = 1;

    private final HikariDataSource pool;

    LiveConnections(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        for (int evicted = 0; ; evicted++) {
            var connection = pool.getConnection();
            if (evicted == pool.getMaximumPoolSize() || connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                return connection;
            }
            pool.evictConnection(connection);
        }
    }

    /** Closes the idle connections at once when none is lent: the tenant is idle, its connections serve another. */
    void closeIdleConnectionsIfUnused() {
        var state = pool.getHikariPoolMXBean();
        if (state != null && state.getActiveConnections() == 0 && state.getIdleConnections() > 0) {
            state.softEvictConnections();
        }
    }

    void close() {
        pool.close();
    }
}
