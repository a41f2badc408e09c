package io.elif.sales.application;

import io.elif.sales.domain.LineRequest;

import java.util.List;
import java.util.UUID;

/**
 * A sale as a clerk submits it.
 *
 * @param customerId  null: the walk-in customer
 * @param warehouseId null: the default warehouse
 * @param complete    a counter sale: created and completed (stock reserved and issued) at once
 */
public record NewSale(UUID customerId, UUID warehouseId, List<LineRequest> lines, boolean complete) {

    public NewSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
