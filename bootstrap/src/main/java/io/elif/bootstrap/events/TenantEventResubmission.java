package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantOpening;
import io.elif.bootstrap.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Delivers again, tenant by tenant, the event publications that a crash or a failing listener left
 * incomplete: when the tenant opens and then periodically. Each runs with its tenant bound, so it reads that
 * tenant's registry and its listeners write to that tenant's database.
 */
@Order(20)
class TenantEventResubmission implements TenantOpening {

    private static final Logger log = LoggerFactory.getLogger(TenantEventResubmission.class);
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final Tenants tenants;
    private final IncompleteEventPublications publications;

    TenantEventResubmission(Tenants tenants, IncompleteEventPublications publications) {
        this.tenants = tenants;
        this.publications = publications;
    }

    @Override
    public String what() {
        return "resubmitting incomplete event publications";
    }

    /** Everything incomplete, when the tenant opens. */
    @Override
    public void open() {
        publications.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
    }

    /** What a minute has not completed, afterwards, for every tenant that is up. */
    @Scheduled(fixedDelayString = "${elif.events.resubmit-interval:PT1M}", initialDelayString = "${elif.events.resubmit-interval:PT1M}")
    void periodically() {
        for (var tenant : tenants.ids()) {
            if (!tenants.isUp(tenant)) {
                continue;
            }
            try {
                TenantContext.runAs(tenant, () -> publications.resubmitIncompletePublicationsOlderThan(GRACE));
            } catch (RuntimeException e) {
                log.warn("tenant {}: {} failed: {}", tenant, what(), e.getMessage());
            }
        }
    }
}
