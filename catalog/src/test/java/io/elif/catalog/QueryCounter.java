package io.elif.catalog;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Counts the SQL statements jOOQ executes, so that a test can prove a page costs one query, not one per row. */
@TestConfiguration(proxyBeanMethods = false)
class QueryCounter implements ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();

    @Bean
    ExecuteListenerProvider queryCounting() {
        return new DefaultExecuteListenerProvider(this);
    }

    @Override
    public void executeStart(ExecuteContext context) {
        statements.incrementAndGet();
    }

    /** Runs the work and returns how many statements it executed. */
    int count(Supplier<?> work) {
        int before = statements.get();
        work.get();
        return statements.get() - before;
    }
}
