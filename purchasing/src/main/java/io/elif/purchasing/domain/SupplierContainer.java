package io.elif.purchasing.domain;

import io.elif.kernel.MoneyUnit;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One container type of a supplier's on our side, derived from documents: {@code received} with confirmed deliveries,
 * {@code returned} on returns of empties, {@code held} the difference (what we hold of theirs), {@code unitDeposit}
 * the deposit of the latest delivery that carried it (what a return credits), {@code credited} what the returns
 * credited (what they owe us).
 */
public record SupplierContainer(UUID containerTypeId, String code, String name, long received, long returned,
                                BigDecimal unitDeposit, BigDecimal credited) {

    public long held() {
        return received - returned;
    }

    /** What we hold of theirs at their deposit, rounded half up to the money unit. */
    public BigDecimal heldValue(MoneyUnit money) {
        return money.round(unitDeposit.multiply(BigDecimal.valueOf(held())));
    }
}
