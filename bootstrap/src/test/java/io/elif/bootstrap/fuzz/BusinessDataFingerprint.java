package io.elif.bootstrap.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An md5 per table over every row of a tenant's business data, read straight from its database: the
 * tables of every module schema (a schema with its own Flyway history, so a new module is covered the
 * day it has a migration), except what legitimately changes when a request is refused:
 * <ul>
 *   <li>{@code identity.audit_event}: a refusal (a failed login, a wrong current password) is audited;</li>
 *   <li>{@code identity.login_throttle}: failed logins are counted, per login name, to throttle them;</li>
 *   <li>{@code identity.user_session.last_seen_at} and {@code identity.api_token.last_used_at}: every
 *       authenticated request, refused or not, marks its session or token as used.</li>
 * </ul>
 * The event publication registry ({@code events}) is not business data; it is watched separately.
 */
final class BusinessDataFingerprint {

    private static final Set<String> EXCLUDED_TABLES = Set.of("identity.audit_event", "identity.login_throttle");
    private static final Map<String, List<String>> EXCLUDED_COLUMNS = Map.of(
            "identity.user_session", List.of("last_seen_at"),
            "identity.api_token", List.of("last_used_at"));
    private static final String TABLES = """
            select t.table_schema || '.' || t.table_name
            from information_schema.tables t
            where t.table_type = 'BASE TABLE' and t.table_name <> 'flyway_schema_history' and t.table_schema <> 'events'
              and exists (select 1 from information_schema.tables h
                          where h.table_schema = t.table_schema and h.table_name = 'flyway_schema_history')
            order by 1""";

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private final String query;
    private int hashed;

    BusinessDataFingerprint(Connection connection) throws SQLException {
        this.connection = connection;
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                if (!EXCLUDED_TABLES.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no business table found in the tenant's database");
        }
        query = String.join("\nunion all\n", tables.stream().map(BusinessDataFingerprint::tableHash).toList());
    }

    /** The md5 of each table's rows, as of the transaction id this connection was last given. */
    record Snapshot(long xid, Map<String, String> hashes) {
    }

    List<String> tables() {
        return tables;
    }

    int hashed() {
        return hashed;
    }

    Snapshot take() {
        var xid = nextXid();
        return new Snapshot(xid, hashes());
    }

    /**
     * The state now. Any write needs a transaction id; when the cluster gave out none since {@code before}
     * but this connection's own (one more), nothing can have changed and the md5s are not computed again.
     */
    Snapshot refresh(Snapshot before) {
        var xid = nextXid();
        return xid == before.xid() + 1 ? new Snapshot(xid, before.hashes()) : new Snapshot(xid, hashes());
    }

    /** Gives this connection's next statement a transaction id of its own and answers it. */
    private long nextXid() {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select pg_current_xact_id()::text::bigint")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table name to the md5 of its rows (as JSON, sorted), in one statement. */
    private Map<String, String> hashes() {
        hashed++;
        var hashes = new LinkedHashMap<String, String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                hashes.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** The tables whose rows differ between two snapshots. */
    static Set<String> changedTables(Snapshot before, Snapshot after) {
        var changed = new TreeSet<String>();
        after.hashes().forEach((table, hash) -> {
            if (!hash.equals(before.hashes().get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    private static String tableHash(String table) {
        var row = "to_jsonb(t)";
        for (var column : EXCLUDED_COLUMNS.getOrDefault(table, List.of())) {
            row += " - '" + column + "'";
        }
        return "select '%s', md5(coalesce(string_agg(r, E'\\n' order by r), '')) from (select (%s)::text r from %s t) x"
                .formatted(table, row, table);
    }
}
