package io.elif.identity;

/** Where a request came from and the trace it belongs to, for the audit trail. */
public record RequestOrigin(String clientAddress, String traceId) {
}
