package io.elif.bootstrap.tenancy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The tenants this instance serves, where their databases are, and whether each can serve now. */
public final class Tenants {

    public enum State { MIGRATING, UP, DOWN }

    private final Map<TenantId, TenantConnection> connections;
    private final Map<TenantId, State> states = new ConcurrentHashMap<>();

    public Tenants(Map<TenantId, TenantConnection> connections) {
        this.connections = Map.copyOf(new TreeMap<>(connections));
        connections.keySet().forEach(tenant -> states.put(tenant, State.MIGRATING));
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
        return states.getOrDefault(tenant, State.DOWN);
    }

    public boolean isUp(TenantId tenant) {
        return state(tenant) == State.UP;
    }

    void markUp(TenantId tenant) {
        states.put(tenant, State.UP);
    }

    void markDown(TenantId tenant) {
        states.put(tenant, State.DOWN);
    }
}
