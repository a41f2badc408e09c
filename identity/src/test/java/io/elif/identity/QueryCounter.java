package io.elif.identity;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements jOOQ executes and those of them that ran inside a transaction, so that a test
 * can prove what the check of every request costs (catalog's module test has its own, for its pages).
 */
@TestConfiguration(proxyBeanMethods = false)
class QueryCounter implements ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger inTransaction = new AtomicInteger();

    @Bean
    ExecuteListenerProvider queryCounting() {
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
    int count(Runnable work) {
        int before = statements.get();
        work.run();
        return statements.get() - before;
    }

    /** Runs the work and returns how many of its statements ran inside a transaction. */
    int countInTransaction(Runnable work) {
        int before = inTransaction.get();
        work.run();
        return inTransaction.get() - before;
    }
}
