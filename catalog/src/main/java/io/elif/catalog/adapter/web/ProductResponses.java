package io.elif.catalog.adapter.web;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.PriceLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The product endpoints' response bodies; amounts are decimal strings. */
final class ProductResponses {

    private ProductResponses() {
    }

    record ProductSummaryResponse(UUID id, String sku, String name, UUID categoryId, String categoryName, boolean sellable,
                                  BaseUnit baseUnit, boolean active, String price, String taxRate) {
    }

    record ProductPageResponse(List<ProductSummaryResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    record ContainerLoadResponse(UUID containerTypeId, String code, String name, ContainerKind kind, String deposit,
                                 int quantity) {
    }

    record PackResponse(UUID id, String name, int unitsPerPack, String barcode, Map<PriceLevel, String> prices,
                        List<ContainerLoadResponse> containers) {
    }

    record ProductDetailResponse(UUID id, String sku, String name, String description, UUID categoryId,
                                 String categoryName, boolean sellable, UUID taxClassId, String taxClassName,
                                 String taxRate, BaseUnit baseUnit, boolean active, long minimumStock,
                                 Long maximumStock, String storageLocation, List<String> barcodes, String price,
                                 Map<PriceLevel, String> prices, List<ContainerLoadResponse> containers,
                                 List<PackResponse> packs) {
    }

    record PriceChangeResponse(UUID packId, PriceLevel level, String amount, LocalDate validFrom, Instant recordedAt,
                               String recordedBy) {
    }

    record BarcodeResponse(String barcode, UUID productId, UUID packId, int unitsPerPack, ProductSummaryResponse product) {
    }
}
