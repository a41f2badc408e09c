package io.elif.catalog.domain;

import java.util.List;
import java.util.UUID;

/** A product's new details; the SKU and base unit never change. The barcodes replace the product's own. */
public record ProductChange(String name, String description, UUID categoryId, UUID taxClassId, long minimumStock,
                            Long maximumStock, String storageLocation, List<String> barcodes) {

    public ProductChange {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }
}
