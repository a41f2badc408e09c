package io.elif.purchasing.application;

import io.elif.purchasing.domain.Delivery;

import io.elif.purchasing.domain.SupplierContainer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's deliveries, as stored. */
public interface Deliveries {

    void add(Delivery delivery);

    /** Stores the delivery as it became (lines, confirmation). */
    void changed(Delivery delivery);

    Optional<Delivery> find(UUID id);

    /** The delivery, its row locked until the transaction ends: its confirmations queue here. */
    Optional<Delivery> lock(UUID id);

    /**
     * Keeps the containers a confirmed delivery brought (the supplier's, which we now hold), one entry per type.
     */
    void addContainers(UUID deliveryId, List<SupplierContainer> containers);

    /** Newest first; order or supplier null for any. */
    DeliveryPage search(UUID orderId, UUID supplierId, int page, int size);
}
