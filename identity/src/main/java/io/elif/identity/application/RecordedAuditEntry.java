package io.elif.identity.application;

import java.time.Instant;

/** An entry of the audit trail as recorded: numbered and timed by the database. */
public record RecordedAuditEntry(long id, Instant occurredAt, String username, String action, String outcome,
                                 String clientAddress, String detail, String traceId) {
}
