package io.elif.identity;

/** Records security events of the current tenant in its append-only audit trail and the log. */
public interface SecurityAudit {

    void record(AuditEntry entry);
}
