package io.elif.purchasing.application;

import io.elif.purchasing.domain.Supplier;

import java.util.List;

public record SupplierPage(List<Supplier> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
