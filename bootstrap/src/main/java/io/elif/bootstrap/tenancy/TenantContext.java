package io.elif.bootstrap.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set by the request filter, by event delivery and by
 * per-tenant jobs; never guessed. Code that reaches the database without it fails.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds the tenant until the returned scope is closed, then restores what was bound before. */
    public static Scope bind(TenantId tenant) {
        var previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> restore(previous);
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        try (var ignored = bind(tenant)) {
            return work.get();
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Wraps work so that it runs, on whatever thread, for the tenant current now (if any). */
    public static Runnable propagate(Runnable work) {
        var tenant = CURRENT.get();
        return tenant == null ? work : () -> runAs(tenant, work);
    }

    private static void restore(TenantId previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** A tenant binding; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
