package io.elif.sales.domain;

import io.elif.catalog.ContainerKind;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * The containers of one type a customer holds, derived from the deposit lines of their completed sales less the
 * empties they brought back.
 *
 * @param consigned    held with their deposit paid (a return refunds it)
 * @param due          held and owed (a return settles them first)
 * @param depositsHeld the deposits the customer paid and has not had back
 * @param unitDeposit  the deposit of one container on the customer's latest document of the type: what a refund gives
 */
public record ContainerBalance(UUID containerTypeId, String code, String name, ContainerKind kind, long consigned,
                               long due, BigDecimal depositsHeld, BigDecimal unitDeposit) {

    public ContainerBalance {
        Objects.requireNonNull(containerTypeId, "containerTypeId");
    }

    /** How many the customer holds: consigned and due. */
    public long held() {
        return consigned + due;
    }
}
