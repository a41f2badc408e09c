package io.elif.bootstrap.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The instance's bound on open connections to tenant databases, shared by every tenant's pool, the migrations and
 * the health checks: a physical connection is opened only with a permit, and closing it gives the permit back.
 * When none is left, the idle connections of the other tenants are closed for the one waiting.
 */
final class ConnectionBudget {

    /** Closes idle connections of pools that lend none, so that their permits come back. */
    interface Reclaimer {
        void closeIdleConnections();
    }

    private static final Duration RECLAIM_EVERY = Duration.ofMillis(50);

    private final int total;
    private final Semaphore permits;
    private final Duration wait;
    private volatile Reclaimer reclaimer = () -> { };

    ConnectionBudget(int total, Duration wait) {
        this.total = total;
        this.permits = new Semaphore(total, true);
        this.wait = wait;
    }

    int total() {
        return total;
    }

    int inUse() {
        return total - permits.availablePermits();
    }

    void reclaimWith(Reclaimer reclaimer) {
        this.reclaimer = reclaimer;
    }

    /** Opens a connection within the budget, or fails as a transient connection failure after the wait. */
    Connection open(PhysicalConnector connector) throws SQLException {
        acquire();
        try {
            var connection = connector.connect();
            return released(connection);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** No permit within the wait: the instance's connections are all taken, the database was not even asked. */
    static final class Exhausted extends SQLTransientConnectionException {
        Exhausted(String message) {
            super(message, "53300");
        }
    }

    @FunctionalInterface
    interface PhysicalConnector {
        Connection connect() throws SQLException;
    }

    /**
     * A permit now, or after closing idle connections of tenants that lend none, again every
     * {@link #RECLAIM_EVERY} while waiting: a tenant that went idle meanwhile gives its connections up too.
     */
    private void acquire() throws SQLException {
        if (permits.tryAcquire()) {
            return;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                reclaimer.closeIdleConnections();
                if (permits.tryAcquire(Math.min(left, RECLAIM_EVERY.toNanos()), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Exhausted("interrupted while waiting for a connection");
        }
        throw new Exhausted("all " + total + " connections of this instance are in use");
    }

    /** The connection, whose first close gives its permit back. */
    private Connection released(Connection connection) {
        var closed = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, arguments) -> {
            var name = method.getName();
            if (name.equals("close") && method.getParameterCount() == 0 || name.equals("abort")) {
                try {
                    method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    if (closed.compareAndSet(false, true)) {
                        permits.release();
                    }
                }
                return null;
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
    }
}
