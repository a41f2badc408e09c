package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Delivers again, tenant by tenant, the event publications that a crash or a failing listener left
 * incomplete: at start-up and then periodically. Each runs with its tenant bound, so it reads that
 * tenant's registry and its listeners write to that tenant's database.
 */
class TenantEventResubmission implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantEventResubmission.class);
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final Tenants tenants;
    private final IncompleteEventPublications publications;
    private volatile boolean running;

    TenantEventResubmission(Tenants tenants, IncompleteEventPublications publications) {
        this.tenants = tenants;
        this.publications = publications;
    }

    /** While the application starts, before the web server takes requests, so that a prompt stop waits for it. */
    @Override
    public void start() {
        resubmitOlderThan(Duration.ZERO);
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
        return StockCardRepair.PHASE;
    }

    @Scheduled(fixedDelayString = "${elif.events.resubmit-interval:PT1M}", initialDelayString = "${elif.events.resubmit-interval:PT1M}")
    void periodically() {
        resubmitOlderThan(GRACE);
    }

    void resubmitOlderThan(Duration age) {
        for (var tenant : tenants.ids()) {
            if (!tenants.isUp(tenant)) {
                continue;
            }
            try {
                TenantContext.runAs(tenant, () -> publications.resubmitIncompletePublicationsOlderThan(age));
            } catch (RuntimeException e) {
                log.warn("tenant {}: resubmitting incomplete event publications failed: {}", tenant, e.getMessage());
            }
        }
    }
}
