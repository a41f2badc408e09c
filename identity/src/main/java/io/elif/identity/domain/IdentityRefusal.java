package io.elif.identity.domain;

import java.time.Duration;

/** A request identity refuses, with the reason the caller is told. */
public class IdentityRefusal extends RuntimeException {

    public enum Reason {
        INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID, THROTTLED, DUPLICATE_USER, LAST_ADMIN, OWN_ROLES,
        OWN_ACCOUNT, WRONG_PASSWORD, WEAK_PASSWORD, INVALID_USER, USER_NOT_FOUND, TOKEN_NOT_FOUND
    }

    private final Reason reason;
    private final String field;
    private final Duration retryAfter;

    public IdentityRefusal(Reason reason, String detail) {
        this(reason, detail, null, null);
    }

    public IdentityRefusal(Reason reason, String detail, String field, Duration retryAfter) {
        super(detail);
        this.reason = reason;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static IdentityRefusal invalidField(Reason reason, String field, String detail) {
        return new IdentityRefusal(reason, detail, field, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, when there is one. */
    public String field() {
        return field;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
