package io.elif.identity.adapter.persistence;

import io.elif.identity.AuditEntry;
import io.elif.identity.application.AuditFilter;
import io.elif.identity.application.AuditLog;
import io.elif.identity.application.Page;
import io.elif.identity.application.RecordedAuditEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.jooq.Tables.AUDIT_EVENT;

/** Writes each entry to the tenant's append-only table and, as one JSON line, to the "elif.audit" log. */
@Repository
class JooqAuditLog implements AuditLog {

    private static final Logger auditLog = LoggerFactory.getLogger("elif.audit");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry entry, String tenant) {
        var occurredAt = dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.USER_ID, entry.userId())
                .set(AUDIT_EVENT.USERNAME, entry.username())
                .set(AUDIT_EVENT.ACTION, entry.action().name())
                .set(AUDIT_EVENT.OUTCOME, entry.outcome().name())
                .set(AUDIT_EVENT.CLIENT_ADDRESS, entry.origin().clientAddress())
                .set(AUDIT_EVENT.DETAIL, entry.detail())
                .set(AUDIT_EVENT.TRACE_ID, entry.origin().traceId())
                .returning(AUDIT_EVENT.OCCURRED_AT)
                .fetchSingle(AUDIT_EVENT.OCCURRED_AT);
        var line = new LinkedHashMap<String, Object>();
        line.put("time", occurredAt.toInstant().toString());
        line.put("tenant", tenant);
        line.put("user", entry.username());
        line.put("clientAddress", entry.origin().clientAddress());
        line.put("action", entry.action().name());
        line.put("outcome", entry.outcome().name());
        line.put("detail", entry.detail());
        line.put("traceId", entry.origin().traceId());
        auditLog.info(JSON.writeValueAsString(line));
    }

    @Override
    public Page<RecordedAuditEntry> search(AuditFilter filter, int page, int size) {
        return Pages.fetch(dsl, AUDIT_EVENT, condition(filter), AUDIT_EVENT.ID.desc(), page, size,
                row -> new RecordedAuditEntry(row.get(AUDIT_EVENT.ID), row.get(AUDIT_EVENT.OCCURRED_AT).toInstant(),
                        row.get(AUDIT_EVENT.USERNAME), row.get(AUDIT_EVENT.ACTION), row.get(AUDIT_EVENT.OUTCOME),
                        row.get(AUDIT_EVENT.CLIENT_ADDRESS), row.get(AUDIT_EVENT.DETAIL), row.get(AUDIT_EVENT.TRACE_ID)));
    }

    private static Condition condition(AuditFilter filter) {
        var condition = DSL.noCondition();
        if (filter.action() != null && !filter.action().isBlank()) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(filter.action()));
        }
        if (filter.outcome() != null && !filter.outcome().isBlank()) {
            condition = condition.and(AUDIT_EVENT.OUTCOME.eq(filter.outcome()));
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            condition = condition.and(AUDIT_EVENT.USERNAME.containsIgnoreCase(filter.username().strip()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(at(startOf(filter.from()))));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(at(startOf(filter.to().plusDays(1)))));
        }
        return condition;
    }

    private static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
