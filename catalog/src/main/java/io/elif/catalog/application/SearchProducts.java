package io.elif.catalog.application;

import io.elif.catalog.Catalog;
import io.elif.catalog.ProductPage;

/** Pages through the catalogue; the page size is bounded so no request can read it whole. */
public final class SearchProducts {

    private final Products products;

    public SearchProducts(Products products) {
        this.products = products;
    }

    public ProductPage handle(String text, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > Catalog.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + Catalog.MAX_PAGE_SIZE);
        }
        return products.search(text == null ? "" : text.strip(), page, size);
    }
}
