package io.elif.sales.domain;

import java.math.BigDecimal;

/** How far a completed sale is paid: derived from what it asks ({@code payable}) and its payments' allocations. */
public enum PaymentStatus {
    UNPAID,
    PARTLY_PAID,
    PAID;

    public static PaymentStatus of(BigDecimal payable, BigDecimal paid) {
        if (paid.compareTo(payable) >= 0) {
            return PAID;
        }
        return paid.signum() > 0 ? PARTLY_PAID : UNPAID;
    }
}
