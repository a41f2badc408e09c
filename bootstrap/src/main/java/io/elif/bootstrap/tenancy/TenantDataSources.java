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
 * One small connection pool per tenant, created on first use and empty when idle, all sharing one housekeeping
 * thread and one {@link ConnectionBudget}: the instance never holds more connections than the budget, whatever the
 * number of tenants, and a tenant never more than {@code elif.pool.max-size-per-tenant}.
 */
public final class TenantDataSources implements DisposableBean {

    private final Tenants tenants;
    private final TenancyProperties.Pool settings;
    private final ConnectionBudget budget;
    private final Map<TenantId, BudgetedConnections> physical = new ConcurrentHashMap<>();
    private final Map<TenantId, BudgetedConnections> owners = new ConcurrentHashMap<>();
    private final Map<TenantId, LiveConnections> pools = new ConcurrentHashMap<>();
    private final ScheduledExecutorService housekeeping;

    /** @param total the instance's connection bound, see {@link ServerConnectionLimits} */
    public TenantDataSources(Tenants tenants, TenancyProperties.Pool settings, int total) {
        if (tenants.ids().size() > 1 && settings.maxSizePerTenant() >= total) {
            throw new IllegalStateException("elif.pool.max-size-per-tenant=" + settings.maxSizePerTenant()
                    + " must be below the instance's " + total + " connections");
        }
        this.tenants = tenants;
        this.settings = settings;
        this.budget = new ConnectionBudget(total, settings.connectionTimeout());
        budget.reclaimWith(this::closeIdleConnectionsOfIdleTenants);
        var executor = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("tenant-pool-housekeeper").daemon().factory());
        executor.setRemoveOnCancelPolicy(true);
        this.housekeeping = executor;
    }

    /** The tenant's pool. */
    public DataSource of(TenantId tenant) {
        return pools.computeIfAbsent(tenant, this::createPool);
    }

    /**
     * Unpooled connections within the budget, closed by their user: for migrations, which run once. They are the
     * owner's when the tenant names one (the application's role then cannot change the schema).
     */
    DataSource unpooled(TenantId tenant) {
        var connection = tenants.connection(tenant).orElseThrow(() -> new UnknownTenantException(tenant.value()));
        if (connection.owner() == null) {
            return physical(tenant);
        }
        return owners.computeIfAbsent(tenant, id -> new BudgetedConnections(connection.url(), connection.owner().username(),
                connection.owner().password(), budget, settings.connectionTimeout()));
    }

    /** A tenant no longer served, or served from another database: its pool is closed, its connections given back. */
    void close(TenantId tenant) {
        var pool = pools.remove(tenant);
        physical.remove(tenant);
        owners.remove(tenant);
        if (pool != null) {
            pool.close();
        }
    }

    /** Whether the last attempt to connect to the tenant's database failed. */
    boolean unreachable(TenantId tenant) {
        var connections = physical.get(tenant);
        return connections != null && connections.unreachable();
    }

    /** The tenants whose pool exists: those whose database this instance has reached. */
    public Set<TenantId> openPools() {
        return Set.copyOf(pools.keySet());
    }

    /** Connections this instance holds now, all tenants together, and the most it may hold. */
    public int connectionsHeld() {
        return budget.inUse();
    }

    public int connectionBound() {
        return budget.total();
    }

    private BudgetedConnections physical(TenantId tenant) {
        return physical.computeIfAbsent(tenant, id -> new BudgetedConnections(tenants.connection(id)
                .orElseThrow(() -> new UnknownTenantException(id.value())), budget, settings.connectionTimeout()));
    }

    private LiveConnections createPool(TenantId tenant) {
        var config = new HikariConfig();
        config.setPoolName("tenant-" + tenant.value());
        config.setDataSource(physical(tenant));
        config.setMaximumPoolSize(settings.maxSizePerTenant());
        config.setMinimumIdle(0);
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setInitializationFailTimeout(-1);
        config.setScheduledExecutor(housekeeping);
        return new LiveConnections(new HikariDataSource(config));
    }

    /** When the budget runs out: the idle connections of tenants that use none now are closed for the one waiting. */
    private void closeIdleConnectionsOfIdleTenants() {
        pools.values().forEach(LiveConnections::closeIdleConnectionsIfUnused);
    }

    @Override
    public void destroy() {
        pools.values().forEach(LiveConnections::close);
        housekeeping.shutdownNow();
    }
}
