package io.elif.purchasing.application;

import io.elif.purchasing.domain.PurchaseOrder;



import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's purchase orders, as stored. */
public interface PurchaseOrders {

    void add(PurchaseOrder order);

    /** Stores the order as it became (state, stamps, lines). */
    void changed(PurchaseOrder order);

    Optional<PurchaseOrder> find(UUID id);

    /** The order, its row locked until the transaction ends: every change of one order queues here. */
    Optional<PurchaseOrder> lock(UUID id);

    OrderPage search(OrderSearch search);

    /** Base units ordered and not yet received on open orders (draft to partially received), by product. */
    java.util.Map<UUID, Long> onOrder(java.util.Collection<UUID> productIds);
}
