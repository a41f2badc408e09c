package io.elif.sales.application;

import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.SaleDeposit;

import java.util.List;
import java.util.UUID;

/**
 * A sale as a clerk submits it.
 *
 * @param customerId  null: the walk-in customer
 * @param warehouseId null: the default warehouse
 * @param deposits    what the customer does with the containers, per type (none: all consigned)
 * @param complete    a counter sale: created and completed (stock reserved and issued) at once
 * @param pay         what is paid as it completes (only with {@code complete})
 */
public record NewSale(UUID customerId, UUID warehouseId, List<LineRequest> lines, List<SaleDeposit.Choice> deposits,
                      boolean complete, PayAtCompletion pay) {

    public NewSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
        deposits = deposits == null ? List.of() : List.copyOf(deposits);
        pay = pay == null ? PayAtCompletion.NOTHING : pay;
    }

    /** Every container consigned, nothing paid as it completes. */
    public NewSale(UUID customerId, UUID warehouseId, List<LineRequest> lines, boolean complete) {
        this(customerId, warehouseId, lines, List.of(), complete, PayAtCompletion.NOTHING);
    }
}
