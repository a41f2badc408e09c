package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A clerk's turn at a till, from opening with a cash float to closing with the cash counted. While OPEN it takes cash
 * (its ledger, {@link TillMovement}); closing keeps what the ledger expected, what was counted and the difference
 * (over when positive, short when negative), once: a closed session is answered as it is.
 *
 * @param closing null while open
 */
public record TillSession(UUID id, UUID tillId, String tillCode, String clerk, State state, LocalDate businessDate,
                          BigDecimal openingFloat, Sale.Stamp opened, Closing closing) {

    public enum State { OPEN, CLOSED }

    /** What closing found: the ledger's sum, the cash counted and counted - expected. */
    public record Closing(BigDecimal expected, CashCount count, BigDecimal difference, Sale.Stamp closed) {

        public Closing {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(closed, "closed");
            if (difference.compareTo(count.total().subtract(expected)) != 0) {
                throw new IllegalArgumentException("the difference is counted - expected");
            }
        }

        public BigDecimal counted() {
            return count.total();
        }
    }

    /** A closing applied, or not (the session was closed already). */
    public record Transition(TillSession session, boolean changed) {
    }

    public TillSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(opened, "opened");
        if (openingFloat.signum() < 0) {
            throw new IllegalArgumentException("a float is at least 0");
        }
        if ((state == State.CLOSED) != (closing != null)) {
            throw new IllegalArgumentException("a closed session, and only a closed one, has its closing");
        }
    }

    /**
     * A session opened on an active till.
     *
     * @param openingFloat checked already ({@link CashCount#money}): at least 0, in the money unit
     * @throws InvalidInputException naming {@code tillId} when the till is retired
     */
    public static TillSession open(UUID id, Till till, String clerk, BigDecimal openingFloat, LocalDate businessDate,
                                   Sale.Stamp opened) {
        if (!till.active()) {
            throw new InvalidInputException("tillId", till.code() + " is retired");
        }
        return new TillSession(id, till.id(), till.code(), clerk, State.OPEN, businessDate, openingFloat, opened, null);
    }

    /** The movement that puts the float in the drawer: the ledger's first line. */
    public TillMovement floatMovement(UUID id) {
        return new TillMovement(id, this.id, TillMovement.Kind.FLOAT, openingFloat, null, null, opened);
    }

    /**
     * Closes the session with the cash counted: expected is the ledger's sum, the difference counted - expected. A
     * session closed already is answered as it is (its first count stands).
     */
    public Transition close(CashCount count, CashLedger ledger, Sale.Stamp closed) {
        if (state == State.CLOSED) {
            return new Transition(this, false);
        }
        var expected = ledger.expected();
        return new Transition(new TillSession(id, tillId, tillCode, clerk, State.CLOSED, businessDate, openingFloat,
                opened, new Closing(expected, count, count.total().subtract(expected), closed)), true);
    }

    /** Whether the user may see (and work on) this session: its clerk, or a manager. */
    public boolean visibleTo(String user, boolean manager) {
        return manager || clerk.equals(user);
    }
}
