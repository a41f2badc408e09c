package io.elif.reporting.domain;

import io.elif.kernel.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sales figures of a period, as docs/reporting.md defines them: quantity in base units, revenue net of tax and
 * of returns, the tax it carried, the cost of goods sold at issue, and the number of completed sales. Everything
 * else is derived here, in one place.
 */
public record Figures(long quantity, BigDecimal revenue, BigDecimal tax, BigDecimal cost, int salesCount) {

    /** Amounts carry the two decimals they are stored with, so that equal figures are equal records. */
    public Figures {
        revenue = revenue.setScale(MoneyUnit.STORED_SCALE);
        tax = tax.setScale(MoneyUnit.STORED_SCALE);
        cost = cost.setScale(MoneyUnit.STORED_SCALE);
    }

    /** Revenue less the cost of goods sold. */
    public BigDecimal grossProfit() {
        return revenue.subtract(cost);
    }

    /** Gross profit as a percentage of revenue, two decimals, half up; null without revenue. */
    public BigDecimal margin() {
        if (revenue.signum() == 0) {
            return null;
        }
        return grossProfit().multiply(BigDecimal.valueOf(100)).divide(revenue, 2, RoundingMode.HALF_UP);
    }

    /** Revenue per completed sale, rounded to the money unit; zero without sales. */
    public BigDecimal averageSale(MoneyUnit unit) {
        if (salesCount == 0) {
            return unit.round(BigDecimal.ZERO);
        }
        return unit.round(revenue.divide(BigDecimal.valueOf(salesCount), 10, RoundingMode.HALF_UP));
    }
}
