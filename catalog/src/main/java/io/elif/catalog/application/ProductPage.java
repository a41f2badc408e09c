package io.elif.catalog.application;

import io.elif.catalog.ProductView;

import java.util.List;

public record ProductPage(List<ProductView> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
