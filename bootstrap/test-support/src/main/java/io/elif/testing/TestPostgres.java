package io.elif.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One real PostgreSQL server per test JVM: a Testcontainers container where a Docker engine
 * answers, an embedded PostgreSQL otherwise. Tests ask it for databases by name.
 */
public final class TestPostgres {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static TestPostgres shared;

    private final String baseUrl;
    private final String username;
    private final String password;

    private TestPostgres(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
        }
        return shared;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public String database(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var connection = DriverManager.getConnection(url("postgres"), username, password);
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url(name);
    }

    /** Spring Boot's {@code spring.datasource.*} properties for the named database. */
    public Map<String, String> dataSourceProperties(String database) {
        return Map.of("spring.datasource.url", database(database),
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL a database of this name would have, without creating it. */
    public String url(String database) {
        return baseUrl + database;
    }

    private static TestPostgres startContainer() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        var base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new TestPostgres(base, container.getUsername(), container.getPassword());
    }

    private static TestPostgres startEmbedded() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return new TestPostgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary data directory is removed with it
        }
    }
}
