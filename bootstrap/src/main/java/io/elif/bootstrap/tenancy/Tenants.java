package io.elif.bootstrap.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tenants this instance serves, where their databases are, and whether each can serve now. The configured
 * tenants are there from the start; the tenant registry ({@link TenantRegistry}) adds, changes and removes the
 * others while the instance runs.
 */
public final class Tenants {

    /**
     * MIGRATING until its schemas are current, then OPENING while its opening work runs (its database serves that
     * work, not yet requests), UP; DOWN when its migration failed.
     */
    public enum State { MIGRATING, OPENING, UP, DOWN }

    /** How long a client of a tenant still migrating is asked to wait. */
    static final Duration MIGRATING_RETRY_AFTER = Duration.ofSeconds(5);
    /** How long a client of a tenant down for good (until the operator acts) is asked to wait. */
    static final Duration DOWN_RETRY_AFTER = Duration.ofSeconds(60);

    private record Availability(State state, Instant nextAttempt) {
    }

    private final Map<TenantId, TenantConnection> connections;
    private final Set<TenantId> ids;
    private final Map<TenantId, Availability> availability = new ConcurrentHashMap<>();

    public Tenants(Map<TenantId, TenantConnection> connections) {
        var sorted = new ConcurrentSkipListMap<TenantId, TenantConnection>(connections);
        this.connections = sorted;
        this.ids = Collections.unmodifiableSet(sorted.keySet());
        connections.keySet().forEach(tenant -> availability.put(tenant, new Availability(State.MIGRATING, null)));
    }

    /** Tenants by their configuration keys, each key validated as a tenant id. */
    public static Tenants fromConfiguration(Map<String, TenantConnection> configured) {
        var connections = new TreeMap<TenantId, TenantConnection>();
        configured.forEach((id, connection) -> connections.put(new TenantId(id), connection));
        return new Tenants(connections);
    }

    /** The tenants served now, in order; a live view that the registry changes. */
    public Set<TenantId> ids() {
        return ids;
    }

    /** A tenant to serve from now on: MIGRATING until its migration, queued by the caller, opens it. */
    void add(TenantId tenant, TenantConnection connection) {
        availability.put(tenant, new Availability(State.MIGRATING, null));
        connections.put(tenant, connection);
    }

    /** The same database, with another suspension, letterhead or time zone. */
    void replace(TenantId tenant, TenantConnection connection) {
        connections.replace(tenant, connection);
    }

    /** A tenant no longer served: its requests get 404 from now on. */
    void remove(TenantId tenant) {
        connections.remove(tenant);
        availability.remove(tenant);
    }

    /** Whether the operator suspended the tenant: its users are refused (403), its data kept. */
    public boolean isSuspended(TenantId tenant) {
        var connection = connections.get(tenant);
        return connection != null && connection.suspended();
    }

    public boolean isKnown(TenantId tenant) {
        return connections.containsKey(tenant);
    }

    public Optional<TenantConnection> connection(TenantId tenant) {
        return Optional.ofNullable(connections.get(tenant));
    }

    public State state(TenantId tenant) {
        var known = availability.get(tenant);
        return known == null ? State.DOWN : known.state();
    }

    public boolean isUp(TenantId tenant) {
        return state(tenant) == State.UP;
    }

    /** When a tenant that is DOWN for a transient reason is tried again by itself; empty when it is not. */
    public Optional<Instant> nextAttempt(TenantId tenant) {
        var known = availability.get(tenant);
        return known == null ? Optional.empty() : Optional.ofNullable(known.nextAttempt());
    }

    /** The Retry-After a client of this tenant, not UP, gets: until the next attempt, or a fixed wait. */
    Duration retryAfter(TenantId tenant, Instant now) {
        return switch (state(tenant)) {
            case MIGRATING, OPENING -> MIGRATING_RETRY_AFTER;
            case UP -> Duration.ZERO;
            case DOWN -> nextAttempt(tenant)
                    .map(next -> Duration.between(now, next).plusSeconds(1))
                    .filter(wait -> wait.isPositive())
                    .orElse(DOWN_RETRY_AFTER);
        };
    }

    void markMigrating(TenantId tenant) {
        set(tenant, new Availability(State.MIGRATING, null));
    }

    /** Whether the tenant's database may be used: UP, or OPENING for the work before it serves. */
    public boolean servesConnections(TenantId tenant) {
        var state = state(tenant);
        return state == State.UP || state == State.OPENING;
    }

    void markOpening(TenantId tenant) {
        set(tenant, new Availability(State.OPENING, null));
    }

    void markUp(TenantId tenant) {
        set(tenant, new Availability(State.UP, null));
    }

    void markDown(TenantId tenant) {
        set(tenant, new Availability(State.DOWN, null));
    }

    /** Down for a reason that passes (the server refused or was full); tried again at that instant. */
    void markDownUntil(TenantId tenant, Instant nextAttempt) {
        set(tenant, new Availability(State.DOWN, nextAttempt));
    }

    /** A removed tenant's migration that ends late does not bring it back. */
    private void set(TenantId tenant, Availability state) {
        availability.computeIfPresent(tenant, (id, before) -> connections.containsKey(id) ? state : null);
    }
}
