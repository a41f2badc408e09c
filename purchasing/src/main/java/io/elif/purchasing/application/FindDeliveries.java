package io.elif.purchasing.application;

import io.elif.kernel.NotFoundException;
import io.elif.purchasing.domain.Delivery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Deliveries as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindDeliveries {

    private final Deliveries deliveries;

    FindDeliveries(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** @throws NotFoundException for an unknown id (or another tenant's) */
    public Delivery byId(UUID id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("delivery", id));
    }

    public DeliveryPage search(UUID orderId, UUID supplierId, int page, int size) {
        return deliveries.search(orderId, supplierId, page, size);
    }
}
