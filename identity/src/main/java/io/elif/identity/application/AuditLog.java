package io.elif.identity.application;

import io.elif.identity.AuditEntry;

/** The append-only audit trail. An entry commits with the work it records, and with a refusal (see SignIn). */
public interface AuditLog {

    void append(AuditEntry entry, String tenant);

    Page<RecordedAuditEntry> search(AuditFilter filter, int page, int size);
}
