package io.elif.bootstrap.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The tenants this instance serves, where their databases are, and whether each can serve now. */
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
    private final Map<TenantId, Availability> availability = new ConcurrentHashMap<>();

    public Tenants(Map<TenantId, TenantConnection> connections) {
        this.connections = Collections.unmodifiableSortedMap(new TreeMap<>(connections));
        connections.keySet().forEach(tenant -> availability.put(tenant, new Availability(State.MIGRATING, null)));
    }

    /** Tenants by their configuration keys, each key validated as a tenant id. */
    public static Tenants fromConfiguration(Map<String, TenantConnection> configured) {
        var connections = new TreeMap<TenantId, TenantConnection>();
        configured.forEach((id, connection) -> connections.put(new TenantId(id), connection));
        return new Tenants(connections);
    }

    public Set<TenantId> ids() {
        return connections.keySet();
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
        availability.put(tenant, new Availability(State.MIGRATING, null));
    }

    /** Whether the tenant's database may be used: UP, or OPENING for the work before it serves. */
    public boolean servesConnections(TenantId tenant) {
        var state = state(tenant);
        return state == State.UP || state == State.OPENING;
    }

    void markOpening(TenantId tenant) {
        availability.put(tenant, new Availability(State.OPENING, null));
    }

    void markUp(TenantId tenant) {
        availability.put(tenant, new Availability(State.UP, null));
    }

    void markDown(TenantId tenant) {
        availability.put(tenant, new Availability(State.DOWN, null));
    }

    /** Down for a reason that passes (the server refused or was full); tried again at that instant. */
    void markDownUntil(TenantId tenant, Instant nextAttempt) {
        availability.put(tenant, new Availability(State.DOWN, nextAttempt));
    }
}
