package io.elif.purchasing.adapter.web;

import io.elif.purchasing.domain.PurchaseOrderState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The purchase order endpoints' response bodies; money is a decimal string. */
final class PurchaseOrderResponses {

    private PurchaseOrderResponses() {
    }

    record StampResponse(String by, Instant at) {
    }

    /** Quantities count packs; {@code unitCost} is per pack, excluding tax. */
    record OrderLineResponse(int lineNo, UUID productId, UUID packId, String sku, String name, int unitsPerPack,
                             int quantity, String unitCost, String taxRate, String amount, String tax, int received,
                             int outstanding) {
    }

    record OrderSupplierResponse(UUID id, String code, String name, String email, String phone) {
    }

    record OrderResponse(UUID id, String number, OrderSupplierResponse supplier, UUID warehouseId, String currency,
                         LocalDate businessDate, LocalDate expectedDate, String notes, PurchaseOrderState state,
                         List<OrderLineResponse> lines, String net, String tax, String total, StampResponse created,
                         StampResponse sent, StampResponse confirmed, StampResponse ended, String closeReason) {
    }

    record OrderSummaryResponse(UUID id, String number, UUID supplierId, String supplierCode, String supplierName,
                                PurchaseOrderState state, LocalDate businessDate, LocalDate expectedDate, String currency,
                                String net, String tax, String total, int lineCount) {
    }

    record OrderPageResponse(List<OrderSummaryResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
