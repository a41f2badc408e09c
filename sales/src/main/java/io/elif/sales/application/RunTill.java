package io.elif.sales.application;

import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.TillClosedException;
import io.elif.sales.TillSessionOpenException;
import io.elif.sales.domain.CashCount;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A clerk's session at a till: opening with a float, cash put in or taken out by hand, closing with the cash counted.
 * A session is its clerk's; a manager (MANAGER or ADMIN) may work on anyone's, another clerk's is not found.
 */
@Service
@Transactional
public class RunTill {

    private final Tills tills;
    private final SalePricing pricing;
    private final Clock clock;

    RunTill(Tills tills, SalePricing pricing, Clock clock) {
        this.tills = tills;
        this.pricing = pricing;
        this.clock = clock;
    }

    /**
     * Opens a session of the actor on the till with a cash float, the ledger's first line.
     *
     * @throws InvalidInputException     naming {@code openingFloat} (below 0, beyond the money unit) or {@code tillId}
     *                                   (a retired till), before any write
     * @throws NotFoundException         for an unknown till
     * @throws TillSessionOpenException  when the till or the actor has an open session
     */
    public TillSessionView open(UUID tillId, BigDecimal openingFloat, String actor) {
        var amount = CashCount.money(openingFloat, "openingFloat", pricing.moneyUnit(), true);
        var till = tills.till(tillId).orElseThrow(() -> new NotFoundException("till", tillId));
        var session = TillSession.open(UUID.randomUUID(), till, actor, amount, LocalDate.now(clock), stamp(actor));
        var floatMovement = session.floatMovement(UUID.randomUUID());
        tills.open(session, floatMovement);
        return new TillSessionView(session, tills.ledger(session.id()), List.of(floatMovement));
    }

    /**
     * Cash put in (PAID_IN) or taken out (PAID_OUT) with why. Taking out more than the drawer should hold is refused.
     *
     * @throws InvalidInputException naming {@code amount}, {@code kind} or {@code reason}
     * @throws NotFoundException     for an unknown session, or another clerk's (unless a manager asks)
     * @throws TillClosedException   when the session is closed
     */
    public TillMovement move(UUID sessionId, TillMovement.Kind kind, BigDecimal amount, String reason, String actor,
                             boolean manager) {
        var checked = CashCount.money(amount, "amount", pricing.moneyUnit(), false);
        var made = stamp(actor);
        var movement = TillMovement.byHand(UUID.randomUUID(), sessionId, kind, checked, reason, made);
        var session = visible(tills.lock(sessionId), sessionId, actor, manager);
        if (session.state() != TillSession.State.OPEN) {
            throw TillClosedException.closed(session.tillCode());
        }
        var expected = tills.ledger(sessionId).expected();
        if (kind == TillMovement.Kind.PAID_OUT && checked.compareTo(expected) > 0) {
            throw new InvalidInputException("amount", "must be at most " + expected.toPlainString()
                    + ", the cash the drawer should hold");
        }
        tills.add(movement);
        return movement;
    }

    /**
     * Closes the session with the cash counted (by denominations or one figure): expected from the ledger, the
     * difference kept. Locks the session's row first, so a repeated or concurrent close waits and then answers the
     * session as the first close left it.
     *
     * @throws InvalidInputException naming the count's field at fault, before any lock
     * @throws NotFoundException     for an unknown session, or another clerk's (unless a manager asks)
     */
    public TillSessionView close(UUID sessionId, List<CashCount.Denomination> denominations, BigDecimal counted,
                                 String actor, boolean manager) {
        var count = CashCount.of(denominations, counted, pricing.moneyUnit());
        var session = visible(tills.lock(sessionId), sessionId, actor, manager);
        // stamped under the lock: after every movement the close waited for
        var transition = session.close(count, tills.ledger(sessionId), stamp(actor));
        if (transition.changed()) {
            tills.closed(transition.session());
        }
        return new TillSessionView(transition.session(), tills.ledger(sessionId), tills.movements(sessionId));
    }

    static TillSession visible(Optional<TillSession> found, UUID sessionId, String actor, boolean manager) {
        return found.filter(session -> session.visibleTo(actor, manager))
                .orElseThrow(() -> new NotFoundException("till session", sessionId));
    }

    private Sale.Stamp stamp(String actor) {
        return new Sale.Stamp(actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
