package io.elif.sales.domain;

import java.math.BigDecimal;

/**
 * A till session's cash ledger summed by kind: what came in (the float, cash payments, cash put in) and went out (cash
 * refunds, cash taken out), each as a positive figure. The drawer should hold {@link #expected()}.
 */
public record CashLedger(BigDecimal openingFloat, BigDecimal payments, BigDecimal refunds, BigDecimal paidIn,
                         BigDecimal paidOut) {

    /** float + cash payments + cash put in - cash refunds - cash taken out. */
    public BigDecimal expected() {
        return openingFloat.add(payments).add(paidIn).subtract(refunds).subtract(paidOut);
    }
}
