package io.elif.identity.domain;

import io.elif.kernel.Refusal;

import java.time.Duration;
import java.util.Map;

/** A request identity refuses, with the reason the caller is told. */
public class IdentityRefusal extends Refusal {

    public enum Reason {
        INVALID_CREDENTIALS(Kind.UNAUTHENTICATED, "invalid-credentials", "Unauthorized"),
        TOTP_REQUIRED(Kind.UNAUTHENTICATED, "totp-required", "Unauthorized"),
        TOTP_INVALID(Kind.INVALID, "totp-invalid", "Bad Request"),
        THROTTLED(Kind.THROTTLED, "too-many-attempts", "Too Many Requests"),
        DUPLICATE_USER(Kind.CONFLICT, "duplicate-user", "Conflict"),
        LAST_ADMIN(Kind.CONFLICT, "last-admin", "Conflict"),
        OWN_ROLES(Kind.CONFLICT, "own-roles", "Conflict"),
        OWN_ACCOUNT(Kind.CONFLICT, "own-account", "Conflict"),
        WRONG_PASSWORD(Kind.INVALID, "wrong-password", "Bad Request"),
        WEAK_PASSWORD(Kind.INVALID, "validation", "Invalid input"),
        INVALID_USER(Kind.INVALID, "validation", "Invalid input"),
        USER_NOT_FOUND(Kind.NOT_FOUND, "not-found", "Not found"),
        TOKEN_NOT_FOUND(Kind.NOT_FOUND, "not-found", "Not found");

        private final Kind kind;
        private final String type;
        private final String title;

        Reason(Kind kind, String type, String title) {
            this.kind = kind;
            this.type = type;
            this.title = title;
        }
    }

    private final Reason reason;

    public IdentityRefusal(Reason reason, String detail) {
        this(reason, detail, null, null);
    }

    public IdentityRefusal(Reason reason, String detail, String field, Duration retryAfter) {
        super(reason.kind, reason.type, reason.title, detail, Map.of(), field, retryAfter);
        this.reason = reason;
    }

    public static IdentityRefusal invalidField(Reason reason, String field, String detail) {
        return new IdentityRefusal(reason, detail, field, null);
    }

    public Reason reason() {
        return reason;
    }
}
