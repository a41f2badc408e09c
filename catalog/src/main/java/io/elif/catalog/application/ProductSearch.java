package io.elif.catalog.application;

import java.util.UUID;

/**
 * A page of the catalogue: text over name, SKU (contains) and barcodes (exact), optional filters, a sort.
 *
 * @param categoryId null for any category
 * @param active     null for active and inactive products
 * @param sellable   null for any category's products
 */
public record ProductSearch(String text, UUID categoryId, Boolean active, Boolean sellable, Sort sort,
                            boolean descending, int page, int size) {

    public enum Sort { NAME, SKU, CREATED_AT }

    public ProductSearch {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public static ProductSearch byText(String text, int page, int size) {
        return new ProductSearch(text, null, null, null, Sort.NAME, false, page, size);
    }
}
