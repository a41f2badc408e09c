package io.elif.bootstrap.tenancy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Brings every tenant's module schemas up to date in the background, {@code elif.migration-threads} tenants at a
 * time, each through unpooled connections within the instance's connection budget, so that the start does not grow
 * with the number of tenants: a tenant answers 503 until it is migrated and opened (see {@link TenantOpening}).
 * Each folder {@code db/migration/<schema>} on the classpath is one module's schema with its own history table.
 * A tenant whose migration fails for a reason that passes (the server refused the connection, had no slot left, was
 * starting or stopping; no connection left in the budget) is tried again by itself, after 1 s, 2 s, 4 s... up to
 * 30 s; one that fails otherwise (a migration's error, no such database) is DOWN until the next start. A schema's
 * pending scripts run in one transaction, so a failed one leaves that schema at its previous version and no failed
 * entry in its history: fixing the cause and restarting brings the tenant up without a Flyway repair.
 */
public final class TenantMigrations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);
    private static final String MIGRATIONS = "db/migration/";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Tenants tenants;
    private final TenantDataSources dataSources;
    private final int threads;
    private final Supplier<List<TenantOpening>> openings;
    private final String root;
    /** Each schema and the newest version of its scripts on the classpath. */
    private final Map<String, MigrationVersion> latest;
    private final List<String> schemas;
    private final Map<TenantId, Integer> failures = new ConcurrentHashMap<>();
    private volatile ScheduledThreadPoolExecutor executor;
    private volatile boolean stopping;

    public TenantMigrations(Tenants tenants, TenantDataSources dataSources, int threads,
                            Supplier<List<TenantOpening>> openings) {
        this(tenants, dataSources, threads, openings, MIGRATIONS);
    }

    /** @param root the classpath folder whose subfolders are the schemas ({@code db/migration/}) */
    TenantMigrations(Tenants tenants, TenantDataSources dataSources, int threads, Supplier<List<TenantOpening>> openings,
                     String root) {
        this.tenants = tenants;
        this.dataSources = dataSources;
        this.threads = threads;
        this.openings = openings;
        this.root = root;
        this.latest = discoverSchemas(root);
        this.schemas = List.copyOf(latest.keySet());
    }

    public List<String> schemas() {
        return schemas;
    }

    /** Queues every tenant's migration and returns at once. */
    @Override
    public void start() {
        var pool = new ScheduledThreadPoolExecutor(threads, Thread.ofPlatform().name("tenant-migration-", 0).factory());
        pool.setRemoveOnCancelPolicy(true);
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = pool;
        tenants.ids().forEach(tenant -> pool.execute(() -> attempt(tenant)));
        log.info("migrating {} tenants in the background, {} at a time", tenants.ids().size(), threads);
    }

    /** Queues the migration of a tenant added while the instance runs (see {@link TenantRegistry}). */
    void migrateLater(TenantId tenant) {
        var pool = executor;
        if (pool == null || stopping) {
            return;
        }
        failures.remove(tenant);
        try {
            pool.execute(() -> attempt(tenant));
        } catch (RejectedExecutionException stopped) {
            // the application is stopping
        }
    }

    /** Lets the migrations in progress finish (a migration is never cut half-way) and drops the queued ones. */
    @Override
    public void stop() {
        stopping = true;
        var pool = executor;
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("tenant migrations still running after {} s at shutdown", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Early: queued before the web server opens, stopped after it has finished its requests. */
    @Override
    public int getPhase() {
        return -100;
    }

    private void attempt(TenantId tenant) {
        if (stopping || !tenants.isKnown(tenant)) {
            return;
        }
        tenants.markMigrating(tenant);
        try {
            if (!current(tenant)) {
                migrate(tenant);
            }
            TenantGrants.apply(tenant, tenants, dataSources.unpooled(tenant), schemas);
        } catch (RuntimeException e) {
            if (passes(e) && !stopping) {
                retryLater(tenant, e);
            } else {
                tenants.markDown(tenant);
                log.error("tenant {} is down: its migration failed: {}", tenant, e.getMessage());
            }
            return;
        }
        failures.remove(tenant);
        tenants.markOpening(tenant);
        open(tenant);
        tenants.markUp(tenant);
        log.info("tenant {} is up: schemas {} migrated", tenant, schemas);
    }

    /**
     * Whether every schema's history already holds the newest version of its scripts: one connection and a query
     * per schema instead of Flyway's scan and checks, so that a restart opens hundreds of migrated tenants quickly.
     * Flyway still validates the applied scripts of a tenant that has one pending.
     */
    private boolean current(TenantId tenant) {
        try (var connection = dataSources.unpooled(tenant).getConnection()) {
            for (var schema : schemas) {
                var history = "\"" + schema + "\".flyway_schema_history";
                try (var exists = connection.prepareStatement("select to_regclass(?) is not null")) {
                    exists.setString(1, history);
                    var result = exists.executeQuery();
                    if (!result.next() || !result.getBoolean(1)) {
                        return false;
                    }
                }
                try (var statement = connection.createStatement();
                     var result = statement.executeQuery("select version from " + history + " where success and version is not null")) {
                    var newest = MigrationVersion.EMPTY;
                    while (result.next()) {
                        var version = MigrationVersion.fromVersion(result.getString(1));
                        newest = version.isNewerThan(newest) ? version : newest;
                    }
                    if (latest.get(schema).isNewerThan(newest)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read tenant " + tenant + "'s schema history: " + e.getMessage(), e);
        }
    }

    private void migrate(TenantId tenant) {
        var dataSource = dataSources.unpooled(tenant);
        for (var schema : schemas) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    // a schema's pending scripts in one transaction: a failure leaves it at its previous version
                    .group(true)
                    .locations("classpath:" + root + schema)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        }
    }

    private void open(TenantId tenant) {
        for (var opening : openings.get()) {
            try {
                TenantContext.runAs(tenant, opening::open);
            } catch (RuntimeException e) {
                log.warn("tenant {}: {} failed: {}", tenant, opening.what(), e.getMessage());
            }
        }
    }

    private void retryLater(TenantId tenant, RuntimeException failure) {
        if (!tenants.isKnown(tenant)) {
            return;
        }
        int attempts = failures.merge(tenant, 1, Integer::sum);
        var delay = backoff(attempts);
        tenants.markDownUntil(tenant, Instant.now().plus(delay));
        log.warn("tenant {} is down for now ({}); trying again in {} ms", tenant, failure.getMessage(), delay.toMillis());
        try {
            executor.schedule(() -> attempt(tenant), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | NullPointerException stopped) {
            // the application is stopping
        }
    }

    /** 1 s, 2 s, 4 s... up to 30 s, each up to a fifth longer at random, so that tenants refused together spread. */
    static Duration backoff(int attempts) {
        long millis = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
    }

    /**
     * Whether a failure passes by itself: no connection within the wait, the server unreachable (SQLSTATE class
     * 08), out of resources (class 53: too many connections), or shutting down or starting (57P01 to 57P03).
     */
    static boolean passes(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each folder under the root that holds scripts, and the newest version among its {@code V<version>__} scripts. */
    private static Map<String, MigrationVersion> discoverSchemas(String root) {
        try {
            var scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "*/*.sql");
            var latest = new TreeMap<String, MigrationVersion>();
            for (var script : scripts) {
                var path = script.getURL().toString();
                var folder = path.substring(0, path.lastIndexOf('/'));
                var schema = folder.substring(folder.lastIndexOf('/') + 1);
                var name = path.substring(path.lastIndexOf('/') + 1);
                var version = name.startsWith("V") && name.contains("__")
                        ? MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'))
                        : MigrationVersion.EMPTY;
                latest.merge(schema, version, (one, other) -> one.isNewerThan(other) ? one : other);
            }
            return latest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the modules' migrations", e);
        }
    }
}
