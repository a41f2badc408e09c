package io.elif.identity;

import java.util.UUID;

/** One security event; never a password, token or session id in {@code detail}. */
public record AuditEntry(AuditAction action, AuditOutcome outcome, UUID userId, String username, String detail,
                         RequestOrigin origin) {
}
