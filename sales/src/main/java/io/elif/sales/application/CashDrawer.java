package io.elif.sales.application;

import io.elif.sales.TillClosedException;
import io.elif.sales.domain.Payment;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.TillMovement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The one way cash enters or leaves a drawer outside the till's own operations: a cash payment is recorded in its
 * taker's open session, a cash refund is paid out of the refunder's, in the transaction of the document that moves the
 * cash (hence {@code MANDATORY}). Without an open session it refuses with 409 {@code till-closed} and the document's
 * transaction rolls back: nothing is written. The session's row is held for share until the commit, so a closing waits
 * for the cash on its way and no cash lands in a closed session.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CashDrawer {

    private final Tills tills;
    private final Clock clock;

    CashDrawer(Tills tills, Clock clock) {
        this.tills = tills;
        this.clock = clock;
    }

    /**
     * Records a cash payment in its taker's open session (what it settled: the change went back). Other methods do
     * not touch the drawer.
     *
     * @throws TillClosedException when the taker has no open session
     */
    public void paymentTaken(Payment payment) {
        if (payment.method() != PaymentMethod.CASH) {
            return;
        }
        var session = tills.openOf(payment.taken().by())
                .orElseThrow(() -> TillClosedException.noSession(payment.taken().by()));
        tills.add(new TillMovement(UUID.randomUUID(), session.id(), TillMovement.Kind.PAYMENT, payment.amount(),
                payment.id(), null, payment.taken()));
    }

    /**
     * Cash handed back to a customer out of the actor's open session: the deposit refund of a return of empties, and
     * the refunds of sale returns. Nothing when the amount is zero.
     *
     * @param amount    at least 0, in the money unit
     * @param reference the document refunded (E-2026-000001, R-2026-000007)
     * @throws TillClosedException when the actor has no open session
     */
    public void refund(String actor, BigDecimal amount, String reference) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a refund is at least 0: " + amount);
        }
        if (amount.signum() == 0) {
            return;
        }
        var session = tills.openOf(actor).orElseThrow(() -> TillClosedException.noSession(actor));
        tills.add(new TillMovement(UUID.randomUUID(), session.id(), TillMovement.Kind.REFUND, amount.negate(), null,
                reference, new Sale.Stamp(actor, clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }
}
