package io.elif.identity.application;

import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.CurrentTenant;
import io.elif.identity.RequestOrigin;
import io.elif.identity.SecurityAudit;
import io.elif.identity.SignedInUser;
import io.elif.identity.domain.IdentityRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail for readers, security events from outside the module, and the tenant's security settings. */
@Service
@Transactional(noRollbackFor = IdentityRefusal.class)
public class AuditTrail implements SecurityAudit {

    private final AuditLog log;
    private final TenantSettings settings;
    private final CurrentTenant tenant;

    public AuditTrail(AuditLog log, TenantSettings settings, CurrentTenant tenant) {
        this.log = log;
        this.settings = settings;
        this.tenant = tenant;
    }

    @Override
    public void record(AuditEntry entry) {
        log.append(entry, tenant.id());
    }

    @Transactional(readOnly = true)
    public Page<RecordedAuditEntry> search(AuditFilter filter, int page, int size) {
        return log.search(filter, page, size);
    }

    @Transactional(readOnly = true)
    public boolean requireTotpForAdmins() {
        return settings.requireTotpForAdmins();
    }

    public void requireTotpForAdmins(boolean required, SignedInUser actor, RequestOrigin origin) {
        settings.requireTotpForAdmins(required);
        record(new AuditEntry(AuditAction.SETTINGS_CHANGED, AuditOutcome.SUCCESS, actor.id(), actor.username(),
                "require two-factor authentication for administrators: " + required, origin));
    }
}
