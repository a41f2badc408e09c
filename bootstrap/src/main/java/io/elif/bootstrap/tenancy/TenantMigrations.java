package io.elif.bootstrap.tenancy;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Brings every tenant's module schemas up to date at start-up, several tenants at a time. Each folder
 * {@code db/migration/<schema>} on the classpath is one module's schema with its own history table.
 * A tenant whose migration fails is marked down; the others serve.
 */
public final class TenantMigrations {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);
    private static final String MIGRATIONS = "db/migration/";

    private final Tenants tenants;
    private final TenantDataSources dataSources;
    private final List<String> schemas;

    public TenantMigrations(Tenants tenants, TenantDataSources dataSources) {
        this.tenants = tenants;
        this.dataSources = dataSources;
        this.schemas = discoverSchemas();
    }

    public List<String> schemas() {
        return schemas;
    }

    public void migrateAll(int threads) {
        try (var executor = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tenants.ids().size())),
                Thread.ofPlatform().name("tenant-migration-", 0).factory())) {
            tenants.ids().forEach(tenant -> executor.execute(() -> migrate(tenant)));
        }
    }

    public void migrate(TenantId tenant) {
        try {
            var dataSource = dataSources.of(tenant);
            for (var schema : schemas) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .schemas(schema)
                        .createSchemas(true)
                        .locations("classpath:" + MIGRATIONS + schema)
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
            tenants.markUp(tenant);
            log.info("tenant {} is up: schemas {} migrated", tenant, schemas);
        } catch (RuntimeException e) {
            tenants.markDown(tenant);
            log.error("tenant {} is down: its migration failed: {}", tenant, e.getMessage());
        }
    }

    private static List<String> discoverSchemas() {
        try {
            var scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + MIGRATIONS + "*/*.sql");
            return Arrays.stream(scripts)
                    .map(script -> {
                        try {
                            var path = script.getURL().toString();
                            var folder = path.substring(0, path.lastIndexOf('/'));
                            return folder.substring(folder.lastIndexOf('/') + 1);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the modules' migrations", e);
        }
    }
}
