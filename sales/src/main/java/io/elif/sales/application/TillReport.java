package io.elif.sales.application;

import io.elif.sales.domain.CashLedger;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.TillSession;

import java.math.BigDecimal;
import java.util.List;

/**
 * A session's Z report, all derived by SQL from the documents: the sales its clerk completed during the session, the
 * payments they took by method, the deposits taken with those sales and given back for empties through the till, and
 * the cash ledger (float, cash payments, refunds, cash put in and taken out) with expected, counted and difference.
 * While the session is open, "during the session" runs up to now and counted and difference are null.
 *
 * @param depositsTaken    the deposit totals of the sales completed
 * @param depositsReturned the refunds of the returns of empties paid out through this session
 */
public record TillReport(TillSession session, Sales sales, List<MethodTotal> payments, BigDecimal depositsTaken,
                         BigDecimal depositsReturned, CashLedger cash) {

    /** The sales completed: how many, their total (tax included), their tax and their net. */
    public record Sales(int count, BigDecimal total, BigDecimal tax, BigDecimal net) {
    }

    /** The payments of one method: how many, what they settled. */
    public record MethodTotal(PaymentMethod method, int count, BigDecimal amount) {
    }

    public TillReport {
        payments = List.copyOf(payments);
    }
}
