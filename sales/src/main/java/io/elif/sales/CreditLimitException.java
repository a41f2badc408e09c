package io.elif.sales;

import io.elif.kernel.Refusal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * A sale that would leave its customer owing more than the credit limit, completed without a manager's override: 409
 * {@code credit-limit}, with the figures (as decimal strings, as all money travels): the limit, what the customer owed
 * before, what this sale leaves unpaid and the excess. Nothing of the request was done.
 */
public class CreditLimitException extends Refusal {

    private final BigDecimal excess;

    public CreditLimitException(UUID customerId, BigDecimal limit, BigDecimal openBalance, BigDecimal unpaid,
                                BigDecimal excess) {
        super(Kind.CONFLICT, "credit-limit", "Over the customer's credit limit",
                "Owing " + openBalance.toPlainString() + " and leaving " + unpaid.toPlainString()
                        + " unpaid goes " + excess.toPlainString() + " over the credit limit of " + limit.toPlainString()
                        + ": take more payment or ask a manager to override the limit",
                figures(customerId, limit, openBalance, unpaid, excess));
        this.excess = excess;
    }

    private static LinkedHashMap<String, Object> figures(UUID customerId, BigDecimal limit, BigDecimal openBalance,
                                                         BigDecimal unpaid, BigDecimal excess) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("customerId", customerId);
        figures.put("creditLimit", limit.toPlainString());
        figures.put("openBalance", openBalance.toPlainString());
        figures.put("unpaid", unpaid.toPlainString());
        figures.put("excess", excess.toPlainString());
        return figures;
    }

    public BigDecimal excess() {
        return excess;
    }
}
