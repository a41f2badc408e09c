package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a till session's cash ledger, signed: what enters the drawer is positive (the float, a cash payment, cash
 * put in), what leaves it negative (a cash refund, cash taken out). The ledger's sum is the cash the drawer should hold.
 *
 * @param paymentId PAYMENT only: the payment
 * @param reference REFUND: the document refunded; PAID_IN and PAID_OUT: why; otherwise null
 */
public record TillMovement(UUID id, UUID sessionId, Kind kind, BigDecimal amount, UUID paymentId, String reference,
                           Sale.Stamp made) {

    public static final int REASON_MAX = 200;

    public enum Kind {
        FLOAT, PAYMENT, REFUND, PAID_IN, PAID_OUT;

        /** Whether this kind takes cash out of the drawer. */
        public boolean out() {
            return this == REFUND || this == PAID_OUT;
        }
    }

    public TillMovement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(made, "made");
        var sign = amount.signum();
        var signed = switch (kind) {
            case FLOAT -> sign >= 0;
            case PAYMENT, PAID_IN -> sign > 0;
            case REFUND, PAID_OUT -> sign < 0;
        };
        if (!signed) {
            throw new IllegalArgumentException(kind + " cannot move " + amount);
        }
        if ((paymentId != null) != (kind == Kind.PAYMENT)) {
            throw new IllegalArgumentException("a PAYMENT, and only a PAYMENT, names its payment");
        }
        if ((reference == null) != (kind == Kind.FLOAT || kind == Kind.PAYMENT)) {
            throw new IllegalArgumentException(kind + " needs a reference, and only refunds and cash put in or out have one");
        }
    }

    /**
     * Cash put in or taken out by hand, with why.
     *
     * @param amount checked already: above 0, in the money unit
     * @throws InvalidInputException naming {@code kind} (only PAID_IN or PAID_OUT) or {@code reason} (1 to
     *                               {@value #REASON_MAX} characters, one line)
     */
    public static TillMovement byHand(UUID id, UUID sessionId, Kind kind, BigDecimal amount, String reason,
                                      Sale.Stamp made) {
        if (kind != Kind.PAID_IN && kind != Kind.PAID_OUT) {
            throw new InvalidInputException("kind", "must be PAID_IN or PAID_OUT");
        }
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "must be 1 to " + REASON_MAX + " characters");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new InvalidInputException("reason", "must be one line");
        }
        return new TillMovement(id, sessionId, kind, kind.out() ? amount.negate() : amount, null, text, made);
    }
}
