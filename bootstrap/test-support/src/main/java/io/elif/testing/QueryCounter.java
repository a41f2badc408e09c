package io.elif.testing;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements jOOQ executes, and those of them that ran inside a transaction, so that a module test
 * can prove what a piece of work costs (a page one query, not one per row; the request check no transaction).
 * A module test gives jOOQ its {@link #provider()} as a bean of a nested {@code @TestConfiguration}: Spring
 * Modulith's module tests drop imported configuration from outside the module's packages.
 */
public final class QueryCounter implements ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger inTransaction = new AtomicInteger();

    public ExecuteListenerProvider provider() {
        return new DefaultExecuteListenerProvider(this);
    }

    @Override
    public void executeStart(ExecuteContext context) {
        statements.incrementAndGet();
        try {
            if (!context.connection().getAutoCommit()) {
                inTransaction.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work and returns how many statements it executed. */
    public int count(Runnable work) {
        int before = statements.get();
        work.run();
        return statements.get() - before;
    }

    /** Runs the work and returns how many of its statements ran inside a transaction. */
    public int countInTransaction(Runnable work) {
        int before = inTransaction.get();
        work.run();
        return inTransaction.get() - before;
    }
}
