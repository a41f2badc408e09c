package io.elif.sales.adapter.web;

import io.elif.catalog.PriceLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customer endpoints' response bodies; the credit limit is a decimal string ("2500000.00"). */
final class CustomerResponses {

    private CustomerResponses() {
    }

    record CustomerResponse(UUID id, String code, String name, String phone, String email, String address,
                            PriceLevel priceLevel, int paymentTermsDays, String creditLimit, boolean active,
                            boolean walkIn, Instant createdAt, Instant updatedAt) {
    }

    record CustomerPageResponse(List<CustomerResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
