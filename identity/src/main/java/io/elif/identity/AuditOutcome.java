package io.elif.identity;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
