package io.elif.catalog.application;

import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.catalog.domain.Pack;
import io.elif.catalog.domain.Product;

import java.util.UUID;

/** Resolves the ids a command names: unknown ids in a body are bad input (400), an unknown product is 404. */
final class ProductReferences {

    private final Products products;
    private final ReferenceTables tables;

    ProductReferences(Products products, ReferenceTables tables) {
        this.products = products;
        this.tables = tables;
    }

    void requireCategoryAndTaxClass(UUID categoryId, UUID taxClassId) {
        if (categoryId != null && tables.category(categoryId).isEmpty()) {
            throw new InvalidInputException("categoryId", "no category with this id");
        }
        if (taxClassId != null && tables.taxClass(taxClassId).isEmpty()) {
            throw new InvalidInputException("taxClassId", "no tax class with this id");
        }
    }

    /** The product, locked for the rest of the transaction so that concurrent changes apply one after another. */
    Product lockedProduct(UUID id) {
        return products.lock(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    /** The product's pack, or bad input when the product has no such pack; null when no pack is named. */
    Pack packOf(UUID productId, UUID packId) {
        if (packId == null) {
            return null;
        }
        return products.pack(productId, packId)
                .orElseThrow(() -> new InvalidInputException("packId", "the product has no pack with this id"));
    }
}
