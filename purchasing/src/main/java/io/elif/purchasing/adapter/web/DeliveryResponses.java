package io.elif.purchasing.adapter.web;

import io.elif.purchasing.adapter.web.PurchaseOrderResponses.StampResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The delivery endpoints' response bodies; costs are decimal strings. */
final class DeliveryResponses {

    private DeliveryResponses() {
    }

    record DeliveryLineResponse(int lineNo, Integer orderLineNo, UUID productId, UUID packId, String sku, String name,
                                int unitsPerPack, int quantity, long baseUnits, String unitCost, String lot,
                                LocalDate bestBefore, String condition, UUID locationId) {
    }

    /** @param state DRAFT or CONFIRMED */
    record DeliveryResponse(UUID id, String number, UUID orderId, UUID supplierId, LocalDate businessDate,
                            String supplierReference, String state, List<DeliveryLineResponse> lines,
                            StampResponse created, StampResponse confirmation, String overrideReason) {
    }

    record DeliveryPageResponse(List<DeliveryResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
