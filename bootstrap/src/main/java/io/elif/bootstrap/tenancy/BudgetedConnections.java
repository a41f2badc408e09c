package io.elif.bootstrap.tenancy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens a tenant's physical connections, each within the instance's {@link ConnectionBudget}: what its pool and its
 * migrations connect through. Remembers whether the last attempt failed, which is what the tenant's health reports
 * without opening a connection of its own.
 */
final class BudgetedConnections implements DataSource {

    /** What PostgreSQL shows in pg_stat_activity.application_name for ELIF's connections. */
    static final String APPLICATION_NAME = "elif";

    private final String url;
    private final ConnectionBudget budget;
    private final Properties properties = new Properties();
    private volatile Instant lastFailure;

    BudgetedConnections(TenantConnection tenant, ConnectionBudget budget, Duration connectTimeout) {
        this(tenant.url(), tenant.username(), tenant.password(), budget, connectTimeout);
    }

    /** As another role of the tenant's database (its owner, for migrations). */
    BudgetedConnections(String url, String username, String password, ConnectionBudget budget, Duration connectTimeout) {
        this.url = url;
        this.budget = budget;
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        var seconds = String.valueOf(Math.max(1, connectTimeout.toSeconds()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            var connection = budget.open(() -> DriverManager.getConnection(url, properties));
            lastFailure = null;
            return connection;
        } catch (SQLException e) {
            if (!(e instanceof ConnectionBudget.Exhausted)) {
                lastFailure = Instant.now();
            }
            throw e;
        }
    }

    /** Whether the last attempt to reach the tenant's database failed (not merely waited for the budget). */
    boolean unreachable() {
        return lastFailure != null;
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException("tenant connections use the tenant's configured credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the connect and login timeouts are set from elif.pool.connection-timeout
    }

    @Override
    public int getLoginTimeout() {
        return Integer.parseInt(properties.getProperty("loginTimeout"));
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
