package io.elif.identity.application;

import io.elif.identity.AuditEntry;

import java.time.Instant;
import java.time.LocalDate;

/** The append-only audit trail. An entry commits with the work it records, and with a refusal (see SignIn). */
public interface AuditLog {

    record Filter(String action, String outcome, String username, LocalDate from, LocalDate to) {
    }

    record Row(long id, Instant occurredAt, String username, String action, String outcome, String clientAddress,
               String detail, String traceId) {
    }

    void append(AuditEntry entry, String tenant);

    Page<Row> search(Filter filter, int page, int size);
}
