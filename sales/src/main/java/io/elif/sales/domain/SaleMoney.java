package io.elif.sales.domain;

import java.math.BigDecimal;

/**
 * A completed sale's money, derived from its documents.
 *
 * @param asked   total + deposits, less what its returns took off
 * @param settled what payments gave it, less what its returns refunded
 */
public record SaleMoney(BigDecimal asked, BigDecimal settled) {

    public BigDecimal owed() {
        return asked.subtract(settled);
    }
}
