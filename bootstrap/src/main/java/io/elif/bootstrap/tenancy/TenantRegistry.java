package io.elif.bootstrap.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the tenants of the registry directory ({@code elif.tenant-registry.directory}) served without a restart:
 * the directory is read again every {@code elif.tenant-registry.reload-interval} and when an operator asks. A new
 * file makes its tenant live (migrated in the background, 503 until then, as at start-up); a removed file stops
 * serving it (404) and closes its pool; a changed file takes effect (a suspension at once; another first
 * administrator: the tenant is opened again, which creates it while the tenant has no user; another database or
 * role: the pool is closed and the tenant migrated again). A file that cannot be read leaves its tenant as it was,
 * with a warning: a typo never takes a company offline. A tenant configured in the properties keeps its
 * configuration; a file of the same id is ignored with a warning. The directory holds no business data.
 */
public final class TenantRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    private final TenantFiles files;
    private final Tenants tenants;
    private final TenantDataSources dataSources;
    private final TenantMigrations migrations;
    private final Set<TenantId> configured;
    private final long intervalMillis;
    /** The tenants this registry added, as last read. */
    private final Map<TenantId, TenantConnection> loaded = new HashMap<>();
    private volatile ScheduledExecutorService reloading;

    /**
     * @param files      the directory, or null when none is configured
     * @param configured the tenants of the configuration properties, which files do not override
     * @param initial    what the files held when the tenants were built at start-up
     */
    TenantRegistry(TenantFiles files, Tenants tenants, TenantDataSources dataSources, TenantMigrations migrations,
                   Set<TenantId> configured, Map<TenantId, TenantConnection> initial, long intervalMillis) {
        this.files = files;
        this.tenants = tenants;
        this.dataSources = dataSources;
        this.migrations = migrations;
        this.configured = Set.copyOf(configured);
        this.intervalMillis = intervalMillis;
        loaded.putAll(initial);
    }

    /** The directory's tenants that may be served: valid files whose id is not a configured tenant's. */
    static Map<TenantId, TenantConnection> readable(TenantFiles files, Set<TenantId> configured) {
        return files == null ? new HashMap<>() : readable(files.readAll(), configured);
    }

    private static Map<TenantId, TenantConnection> readable(Map<TenantId, TenantFiles.Read> all, Set<TenantId> configured) {
        var readable = new HashMap<TenantId, TenantConnection>();
        all.forEach((tenant, read) -> {
            if (read.failure() != null) {
                log.warn("tenant file {}{} is ignored: {}", tenant, TenantFiles.SUFFIX, read.failure().getMessage());
            } else if (configured.contains(tenant)) {
                log.warn("tenant file {}{} is ignored: tenant {} is configured in the properties", tenant,
                        TenantFiles.SUFFIX, tenant);
            } else {
                readable.put(tenant, read.connection());
            }
        });
        return readable;
    }

    public Optional<TenantFiles> files() {
        return Optional.ofNullable(files);
    }

    /** Whether the tenant comes from the registry (not from the configuration properties). */
    public synchronized boolean fromRegistry(TenantId tenant) {
        return loaded.containsKey(tenant);
    }

    /** Reads the directory now and applies what changed. */
    public synchronized void reload() {
        if (files == null) {
            return;
        }
        Map<TenantId, TenantConnection> now;
        var unreadable = new HashMap<TenantId, RuntimeException>();
        try {
            var all = files.readAll();
            all.forEach((tenant, read) -> {
                if (read.failure() != null) {
                    unreadable.put(tenant, read.failure());
                }
            });
            now = readable(all, configured);
        } catch (RuntimeException e) {
            log.warn("the tenant registry {} cannot be read; tenants kept as they are: {}", files.directory(), e.getMessage());
            return;
        }
        for (var tenant : Set.copyOf(loaded.keySet())) {
            if (!now.containsKey(tenant) && !unreadable.containsKey(tenant)) {
                loaded.remove(tenant);
                tenants.remove(tenant);
                dataSources.close(tenant);
                log.info("tenant {} removed from the registry: no longer served", tenant);
            }
        }
        now.forEach((tenant, connection) -> {
            var before = loaded.get(tenant);
            if (connection.equals(before)) {
                return;
            }
            loaded.put(tenant, connection);
            if (before == null) {
                tenants.add(tenant, connection);
                migrations.migrateLater(tenant);
                log.info("tenant {} added from the registry: migrating", tenant);
            } else if (before.sameDatabase(connection)) {
                tenants.replace(tenant, connection);
                if (before.suspended() != connection.suspended()) {
                    log.info("tenant {} {}", tenant, connection.suspended() ? "suspended" : "resumed");
                }
                if (!java.util.Objects.equals(before.firstAdmin(), connection.firstAdmin())) {
                    // opened again: a tenant still without a user gets the administrator its file names now
                    migrations.migrateLater(tenant);
                }
            } else {
                tenants.remove(tenant);
                dataSources.close(tenant);
                tenants.add(tenant, connection);
                migrations.migrateLater(tenant);
                log.info("tenant {} moved to another database or role: migrating", tenant);
            }
        });
    }

    @Override
    public void start() {
        if (files == null) {
            return;
        }
        var executor = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("tenant-registry").daemon().factory());
        executor.scheduleWithFixedDelay(this::reloadQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        reloading = executor;
        log.info("tenant registry {}: {} tenants, read again every {} s", files.directory(), loaded.size(),
                intervalMillis / 1000);
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("reloading the tenant registry failed: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        var executor = reloading;
        if (executor != null) {
            executor.shutdownNow();
        }
        reloading = null;
    }

    @Override
    public boolean isRunning() {
        return reloading != null;
    }

    /** After the migrations' executor exists (it queues the new tenants), stopped before it. */
    @Override
    public int getPhase() {
        return -90;
    }
}
