package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work done for every tenant that is up while the application starts, before the web server takes requests (an
 * earlier phase than its): a stop that comes as soon as the server answers waits for it, where after the ready
 * event it raced with the stop, which closed its connection under its commit. A tenant's failure is logged and
 * leaves the others' work and the start alone.
 */
abstract class WorkAtStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkAtStart.class);

    private final Tenants tenants;
    private final String what;
    private volatile boolean running;

    /** @param what the work, for the log ("repairing stock cards") */
    WorkAtStart(Tenants tenants, String what) {
        this.tenants = tenants;
        this.what = what;
    }

    /** The work for the tenant bound to this thread. */
    abstract void forTenant();

    /** Runs the work for every tenant that is up, each with its tenant bound. */
    void forEveryTenant(Runnable work) {
        for (var tenant : tenants.ids()) {
            if (!tenants.isUp(tenant)) {
                continue;
            }
            try {
                TenantContext.runAs(tenant, work);
            } catch (RuntimeException e) {
                log.warn("tenant {}: {} failed: {}", tenant, what, e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        forEveryTenant(this::forTenant);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
