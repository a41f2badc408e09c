package io.elif.bootstrap.tenancy;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the roles of a tenant whose database has its own owner may do, granted by that owner after each migration
 * (so a release's new tables are covered): the application's role reads and writes the rows of every module's
 * tables and uses their sequences, but owns nothing, so it can neither create, alter nor drop a table; it cannot
 * write the schema histories, nor update, delete or truncate an append-only table (those with an
 * {@code *_append_only} trigger: the security audit trail, the stock ledger). The read-only role, when the tenant
 * names one, reads every table. A tenant without an owner (one role for everything, as configured tenants and the
 * embedded demo) is left as it is.
 */
final class TenantGrants {

    private static final String APPEND_ONLY = """
            select distinct event_object_schema, event_object_table from information_schema.triggers
            where trigger_name like '%\\_append\\_only'
            """;

    private TenantGrants() {
    }

    static void apply(TenantId tenant, Tenants tenants, DataSource asOwner, List<String> schemas) {
        var connection = tenants.connection(tenant).orElse(null);
        if (connection == null || connection.owner() == null || connection.username() == null
                || connection.username().equals(connection.owner().username())) {
            return;
        }
        var application = quote(connection.username());
        var statements = new ArrayList<String>();
        for (var schema : schemas) {
            var name = quote(schema);
            statements.add("grant usage on schema " + name + " to " + application);
            statements.add("grant select, insert, update, delete on all tables in schema " + name + " to " + application);
            statements.add("grant usage, select, update on all sequences in schema " + name + " to " + application);
            statements.add("revoke all on table " + name + ".flyway_schema_history from " + application);
            if (connection.readOnlyRole() != null) {
                var reader = quote(connection.readOnlyRole());
                statements.add("grant usage on schema " + name + " to " + reader);
                statements.add("grant select on all tables in schema " + name + " to " + reader);
            }
        }
        try (var database = asOwner.getConnection()) {
            database.setAutoCommit(false);
            try (var statement = database.createStatement()) {
                for (var sql : statements) {
                    statement.execute(sql);
                }
                var appendOnly = new ArrayList<String>();
                try (var tables = statement.executeQuery(APPEND_ONLY)) {
                    while (tables.next()) {
                        appendOnly.add(quote(tables.getString(1)) + "." + quote(tables.getString(2)));
                    }
                }
                for (var table : appendOnly) {
                    statement.execute("revoke update, delete, truncate on table " + table + " from " + application);
                }
            }
            database.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant tenant " + tenant + "'s roles their rights: " + e.getMessage(), e);
        }
    }

    /** A PostgreSQL identifier, quoted. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
