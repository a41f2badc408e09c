package io.elif.bootstrap.tenancy;

import io.elif.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A migration that fails on one of three tenants (its data breaks the new constraint): that tenant stays at its
 * previous version with none of the release's scripts applied and no failed entry to repair, DOWN; the others are
 * up; fixing its data and starting again brings it up. Migrations of test schemas {@code alpha} and {@code beta}.
 */
class TenantMigrationFailureTests {

    private static final TestPostgres POSTGRES = TestPostgres.shared();
    private static final String ROOT = "db/failing-migration/";
    private static final List<String> TENANTS = List.of("one", "two", "three");
    private static final TenantId TWO = new TenantId("two");

    private Tenants tenants;
    private TenantDataSources dataSources;

    @BeforeEach
    void tenantsAtVersionOneWithTwoHoldingAnItemWithoutCode() {
        var connections = new TreeMap<TenantId, TenantConnection>();
        for (var tenant : TENANTS) {
            administer("drop database if exists " + database(tenant) + " with (force)");
            var url = POSTGRES.database(database(tenant));
            connections.put(new TenantId(tenant), new TenantConnection(url, POSTGRES.username(), POSTGRES.password()));
            Flyway.configure().dataSource(url, POSTGRES.username(), POSTGRES.password()).schemas("alpha")
                    .createSchemas(true).locations("classpath:" + ROOT + "alpha").target("1").load().migrate();
            query(tenant, "insert into alpha.item (id, code) values (1, " + (tenant.equals("two") ? "null" : "'A-1'") + ")");
        }
        tenants = new Tenants(connections);
        dataSources = new TenantDataSources(tenants, new TenancyProperties.Pool(2, 0, Duration.ofSeconds(2), Duration.ofSeconds(10)), 6);
    }

    @AfterEach
    void closePools() {
        dataSources.destroy();
    }

    @Test
    void theFailingTenantStaysAtItsPreviousVersionAndComesUpOnceItsDataIsFixed() {
        migrateUntilSettled();

        assertThat(tenants.state(new TenantId("one"))).isEqualTo(Tenants.State.UP);
        assertThat(tenants.state(new TenantId("three"))).isEqualTo(Tenants.State.UP);
        assertThat(tenants.state(TWO)).isEqualTo(Tenants.State.DOWN);
        assertThat(tenants.nextAttempt(TWO)).as("a migration's own error is not retried").isEmpty();
        assertThat(query("one", "select max(version::int) from alpha.flyway_schema_history where success")).isEqualTo("3");
        assertThat(query("two", "select string_agg(version || ':' || success, ',' order by installed_rank) "
                + "from alpha.flyway_schema_history where version is not null")).isEqualTo("1:true");
        assertThat(query("two", "select count(*) from information_schema.columns where table_schema = 'alpha' "
                + "and table_name = 'item' and column_name = 'note'")).as("V2 rolled back with V3").isEqualTo("0");
        assertThat(query("two", "select count(*) from information_schema.schemata where schema_name = 'beta'")).isEqualTo("0");

        query("two", "update alpha.item set code = 'A-1' where code is null");
        tenants.markMigrating(TWO);
        migrateUntilSettled();

        assertThat(tenants.state(TWO)).isEqualTo(Tenants.State.UP);
        assertThat(query("two", "select max(version::int) from alpha.flyway_schema_history where success")).isEqualTo("3");
        assertThat(query("two", "select count(*) from beta.thing")).isEqualTo("0");
    }

    /** One start: migrations in the background until every tenant is up or down, then stopped. */
    private void migrateUntilSettled() {
        var migrations = new TenantMigrations(tenants, dataSources, 2, List::of, ROOT);
        assertThat(migrations.schemas()).containsExactly("alpha", "beta");
        migrations.start();
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> tenants.ids().stream()
                    .allMatch(tenant -> tenants.isUp(tenant) || tenants.state(tenant) == Tenants.State.DOWN));
        } finally {
            migrations.stop();
        }
    }

    private static String database(String tenant) {
        return "elif_migration_" + tenant;
    }

    private static String query(String tenant, String sql) {
        try (var connection = DriverManager.getConnection(POSTGRES.url(database(tenant)), POSTGRES.username(), POSTGRES.password());
             var statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return String.valueOf(statement.getUpdateCount());
            }
            var result = statement.getResultSet();
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void administer(String sql) {
        try (var connection = DriverManager.getConnection(POSTGRES.url("postgres"), POSTGRES.username(), POSTGRES.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
