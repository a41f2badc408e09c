package io.elif.sales.application;

import io.elif.sales.domain.ContainerBalance;
import io.elif.sales.domain.ContainerReturn;

import java.util.List;
import java.util.UUID;

/** Returns of empties, as stored, and the container balances derived from them and the sales' deposit lines. */
public interface ContainerReturns {

    void add(ContainerReturn containerReturn);

    /** One query: per container type the customer ever held, what they hold now; crates first. */
    List<ContainerBalance> balances(UUID customerId);

    /** The customer's returns of empties, newest first, at most {@code limit}. */
    List<ContainerReturn> ofCustomer(UUID customerId, int limit);
}
