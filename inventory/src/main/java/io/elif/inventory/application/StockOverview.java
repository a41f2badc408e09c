package io.elif.inventory.application;

import java.util.List;
import java.util.UUID;

/** One page of products with their stock and status. */
public record StockOverview(List<Row> items, int page, int size, long totalItems) {

    public record Row(UUID productId, String sku, String name, UUID categoryId, boolean active, long minimumStock,
                      Long maximumStock, long onHand, long reserved, StockStatus status) {

        public long available() {
            return onHand - reserved;
        }
    }

    public enum Sort { NAME, SKU, ON_HAND, AVAILABLE }

    /**
     * What to list: {@code text} in name or SKU (or a scanned barcode: then its product only), optionally one
     * warehouse's figures, one category, one status, active or not; null filters are off. {@code productId}, when
     * set, lists that product only.
     */
    public record Query(String text, UUID productId, UUID warehouseId, UUID categoryId, StockStatus status, Boolean active,
                        Sort sort, boolean descending, int page, int size) {

        /** The same filters for exactly one product, instead of the text. */
        public Query forProduct(UUID product) {
            return new Query(null, product, warehouseId, categoryId, status, active, sort, descending, page, size);
        }
    }
}
