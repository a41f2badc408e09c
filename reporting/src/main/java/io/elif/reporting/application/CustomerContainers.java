package io.elif.reporting.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The containers of one type a customer holds at the end of a day (docs/reporting.md, "Containers outstanding"):
 * consigned (their deposit paid), due (owed), held = consigned + due, and the deposits held for them.
 */
public record CustomerContainers(UUID customerId, UUID containerTypeId, String code, long consigned, long due,
                                 BigDecimal depositsHeld) {

    public long held() {
        return consigned + due;
    }
}
