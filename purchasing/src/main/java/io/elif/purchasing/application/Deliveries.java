package io.elif.purchasing.application;

import io.elif.purchasing.domain.Delivery;

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

    /** Newest first; order or supplier null for any. */
    DeliveryPage search(UUID orderId, UUID supplierId, int page, int size);
}
