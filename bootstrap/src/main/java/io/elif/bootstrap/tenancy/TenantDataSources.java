package io.elif.bootstrap.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One small connection pool per tenant, created on first use and empty when idle, all sharing one
 * housekeeping thread. The sum of the pools' maxima must fit the configured connection budget.
 */
public final class TenantDataSources implements DisposableBean {

    private final Tenants tenants;
    private final TenancyProperties.Pool settings;
    private final Map<TenantId, LiveConnections> pools = new ConcurrentHashMap<>();
    private final ScheduledExecutorService housekeeping;

    public TenantDataSources(Tenants tenants, TenancyProperties.Pool settings) {
        long budget = (long) tenants.ids().size() * settings.maxSizePerTenant();
        if (budget > settings.maxTotalConnections()) {
            throw new IllegalStateException("connection budget exceeded: " + tenants.ids().size() + " tenants x "
                    + settings.maxSizePerTenant() + " connections > elif.pool.max-total-connections="
                    + settings.maxTotalConnections());
        }
        this.tenants = tenants;
        this.settings = settings;
        var executor = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("tenant-pool-housekeeper").daemon().factory());
        executor.setRemoveOnCancelPolicy(true);
        this.housekeeping = executor;
    }

    public DataSource of(TenantId tenant) {
        return pools.computeIfAbsent(tenant, this::createPool);
    }

    /** The tenants whose pool exists: those whose database this instance has reached. */
    public Set<TenantId> openPools() {
        return Set.copyOf(pools.keySet());
    }

    private LiveConnections createPool(TenantId tenant) {
        var connection = tenants.connection(tenant)
                .orElseThrow(() -> new UnknownTenantException(tenant.value()));
        var config = new HikariConfig();
        config.setPoolName("tenant-" + tenant.value());
        config.setJdbcUrl(connection.url());
        config.setUsername(connection.username());
        config.setPassword(connection.password());
        config.setMaximumPoolSize(settings.maxSizePerTenant());
        config.setMinimumIdle(0);
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setInitializationFailTimeout(-1);
        config.setScheduledExecutor(housekeeping);
        return new LiveConnections(new HikariDataSource(config));
    }

    @Override
    public void destroy() {
        pools.values().forEach(LiveConnections::close);
        housekeeping.shutdownNow();
    }
}
