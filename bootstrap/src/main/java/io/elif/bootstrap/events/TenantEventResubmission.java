package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.Tenants;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Delivers again, tenant by tenant, the event publications that a crash or a failing listener left
 * incomplete: at start-up and then periodically. Each runs with its tenant bound, so it reads that
 * tenant's registry and its listeners write to that tenant's database.
 */
class TenantEventResubmission extends WorkAtStart {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final IncompleteEventPublications publications;

    TenantEventResubmission(Tenants tenants, IncompleteEventPublications publications) {
        super(tenants, "resubmitting incomplete event publications");
        this.publications = publications;
    }

    /** Everything incomplete, at start. */
    @Override
    void forTenant() {
        publications.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
    }

    /** What a minute has not completed, afterwards. */
    @Scheduled(fixedDelayString = "${elif.events.resubmit-interval:PT1M}", initialDelayString = "${elif.events.resubmit-interval:PT1M}")
    void periodically() {
        forEveryTenant(() -> publications.resubmitIncompletePublicationsOlderThan(GRACE));
    }
}
