package io.elif.purchasing.application;

import io.elif.purchasing.domain.EmptiesReturn;
import io.elif.purchasing.domain.SupplierContainer;

import java.util.List;
import java.util.UUID;

/** Returns of empties to suppliers, and the container accounts derived from them and the deliveries. */
public interface EmptiesReturns {

    void add(EmptiesReturn emptiesReturn);

    /** A supplier's returns, newest first, at most {@code limit}. */
    List<EmptiesReturn> bySupplier(UUID supplierId, int limit);

    /**
     * What we hold of the supplier's containers and what their returns credited, per type (by code): from confirmed
     * deliveries and returns of empties.
     */
    List<SupplierContainer> account(UUID supplierId);
}
