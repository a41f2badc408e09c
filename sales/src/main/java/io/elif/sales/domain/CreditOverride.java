package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/** A manager's leave to complete a sale beyond the customer's credit limit: why, who and when. */
public record CreditOverride(String reason, String by, Instant at) {

    public static final int REASON_MAX = 200;

    public CreditOverride {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The override a request asks for, checked before any lock: none when no reason is sent; a clerk's is refused naming
     * {@code creditOverride} ("only a manager ..."), as a clerk's price is; a reason is 1 to {@value #REASON_MAX}
     * characters on one line.
     *
     * @param requested whether the request holds a {@code creditOverride} at all
     */
    public static CreditOverride requested(boolean requested, String reason, boolean byManager, Sale.Stamp stamp) {
        if (!requested) {
            return null;
        }
        if (!byManager) {
            throw new InvalidInputException("creditOverride", "only a manager overrides the credit limit");
        }
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidInputException("creditOverride.reason", "must be 1 to " + REASON_MAX + " characters");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            throw new InvalidInputException("creditOverride.reason", "must be one line");
        }
        return new CreditOverride(text, stamp.by(), stamp.at());
    }
}
