package io.elif.bootstrap.embedded;

import io.elif.bootstrap.tenancy.TenantConnection;
import io.elif.bootstrap.tenancy.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default when no tenant is configured: a real PostgreSQL started from the embedded binaries, its
 * data kept in a project-local folder across restarts, with one database per demo tenant.
 */
public final class EmbeddedDemoTenants implements DisposableBean {

    public static final List<TenantId> DEMO_TENANTS = List.of(new TenantId("demo"), new TenantId("acme"));
    /** The letterheads the demo tenants' invoices and receipts print. */
    private static final Map<TenantId, TenantConnection.Company> DEMO_COMPANIES = Map.of(
            new TenantId("demo"), new TenantConnection.Company("Demo Boissons SARL", "Lot II A 12, Analakely, Antananarivo",
                    "+261 20 22 000 00", "NIF 0000000000 · STAT 00000 00 0000 0 00000"),
            new TenantId("acme"), new TenantConnection.Company("Acme Drinks", null, null, null));
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDemoTenants.class);

    private final EmbeddedPostgres postgres;
    private final Map<TenantId, TenantConnection> connections = new LinkedHashMap<>();

    public EmbeddedDemoTenants(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // a busy machine (a build beside it) can take longer than the default 10 s
                    .setPGStartupWait(Duration.ofMinutes(1))
                    // stopped by destroy(), after the beans that use it: a JVM hook would stop it under them
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
        log.info("embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
        for (var tenant : DEMO_TENANTS) {
            var database = "elif_" + tenant.value();
            createDatabaseIfMissing(database);
            connections.put(tenant, new TenantConnection(postgres.getJdbcUrl("postgres", database), "postgres", "postgres",
                    null, null, DEMO_COMPANIES.get(tenant)));
        }
    }

    public Map<TenantId, TenantConnection> connections() {
        return connections;
    }

    private void createDatabaseIfMissing(String database) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, database);
            if (!statement.executeQuery().next()) {
                connection.createStatement().execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo database " + database, e);
        }
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
    }
}
