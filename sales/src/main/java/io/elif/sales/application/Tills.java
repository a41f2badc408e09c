package io.elif.sales.application;

import io.elif.sales.domain.CashLedger;
import io.elif.sales.domain.Till;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's tills, their sessions and each session's cash ledger. Whoever writes to a ledger holds its session's
 * row: for share to add cash, for update to close, so a closing sees every movement of the transactions it waited for
 * and no movement lands after it.
 */
public interface Tills {

    /** Every till, by code. */
    List<Till> all();

    Optional<Till> till(UUID id);

    /** @throws io.elif.sales.DuplicateTillCodeException when the code is taken, whatever its case */
    void add(Till till);

    /** @throws io.elif.sales.DuplicateTillCodeException when the code is taken, whatever its case */
    void change(Till till);

    /**
     * Stores a new session with its float.
     *
     * @throws io.elif.sales.TillSessionOpenException when the till or the clerk has an open session (the unique
     *                                                indexes decide concurrent openings)
     */
    void open(TillSession session, TillMovement floatMovement);

    /** The session, its row locked for update (closing, cash put in or out). */
    Optional<TillSession> lock(UUID sessionId);

    /** The clerk's open session, its row locked for share (cash payments and refunds); empty if none. */
    Optional<TillSession> openOf(String clerk);

    Optional<TillSession> session(UUID sessionId);

    /** The clerk's open session, read without a lock. */
    Optional<TillSession> current(String clerk);

    void add(TillMovement movement);

    /** The session's ledger summed by kind. */
    CashLedger ledger(UUID sessionId);

    /** The ledger's lines in the order they were written. */
    List<TillMovement> movements(UUID sessionId);

    /** Stores a session's closing (and its count by denomination). */
    void closed(TillSession session);

    /** Sessions newest first, with what each expects (live while open) and its difference. */
    TillSessionPage search(TillSessionSearch search);

    /** The Z report of a session, derived from the documents; empty for an unknown session. */
    Optional<TillReport> report(UUID sessionId);
}
