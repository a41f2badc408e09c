package io.elif.purchasing.adapter.web;

import java.util.List;
import java.util.UUID;

/** The supplier endpoints' response bodies; costs are decimal strings ("12500.0000"). */
final class SupplierResponses {

    private SupplierResponses() {
    }

    record SupplierResponse(UUID id, String code, String name, String contact, String phone, String email,
                            String address, String taxNumber, int paymentTermsDays, String currency, boolean active) {
    }

    record SupplierPageResponse(List<SupplierResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    /** @param packId null: the base unit */
    record SupplierProductResponse(UUID id, UUID supplierId, UUID productId, String sku, String productName, UUID packId,
                                   int unitsPerPack, String reference, String agreedUnitCost, String lastUnitCost,
                                   int minimumOrderQuantity, int orderMultiple, int leadTimeDays, boolean preferred) {
    }
}
