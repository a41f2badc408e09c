package io.elif.catalog.domain;

import io.elif.catalog.BaseUnit;
import io.elif.kernel.InvalidInputException;
import io.elif.catalog.NewProduct;
import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductDeactivated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A product of the catalogue: its identity (SKU, base unit, fixed once created), its details and stock rules,
 * and the barcodes of one base unit. Prices, packs and containers live beside it. Each transition gives the
 * event it causes with the new state, so a use case stores the one and publishes the other, and builds neither.
 */
public record Product(UUID id, Sku sku, String name, String description, UUID categoryId, UUID taxClassId,
                      BaseUnit baseUnit, boolean active, long minimumStock, Long maximumStock, String storageLocation,
                      List<Gtin> barcodes) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int STORAGE_LOCATION_MAX = 40;

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(baseUnit, "baseUnit");
        name = Text.required(name, "name", NAME_MAX);
        description = Text.optional(description, "description", DESCRIPTION_MAX);
        storageLocation = Text.optional(storageLocation, "storageLocation", STORAGE_LOCATION_MAX);
        if (categoryId == null) {
            throw new InvalidInputException("categoryId", "must not be null");
        }
        if (taxClassId == null) {
            throw new InvalidInputException("taxClassId", "must not be null");
        }
        if (minimumStock < 0) {
            throw new InvalidInputException("minimumStock", "must not be negative");
        }
        if (maximumStock != null && maximumStock < minimumStock) {
            throw new InvalidInputException("maximumStock", "must not be below the minimum stock");
        }
        barcodes = List.copyOf(barcodes);
        if (new HashSet<>(barcodes).size() != barcodes.size()) {
            throw new InvalidInputException("barcodes", "must not repeat a barcode");
        }
    }

    /** What a step in a product's life gives: its new state, to store, and the event that announces it, to publish. */
    public record Transition<E>(Product product, E event) {
    }

    /** A new product, active, announced with what other modules keep of it. */
    public static Transition<ProductCreated> create(NewProduct product) {
        var created = new Product(UUID.randomUUID(), sku(product.sku()), product.name(), product.description(),
                product.categoryId(), product.taxClassId(), product.baseUnit(), true, product.minimumStock(),
                product.maximumStock(), product.storageLocation(), barcodes(product.barcodes()));
        return new Transition<>(created, new ProductCreated(created.id, created.sku.value(), created.name,
                created.baseUnit, created.categoryId, created.active, created.minimumStock, created.maximumStock));
    }

    /** The same product with new details; SKU, base unit and active flag stay. */
    public Transition<ProductChanged> change(ProductChange change) {
        var changed = new Product(id, sku, change.name(), change.description(), change.categoryId(), change.taxClassId(),
                baseUnit, active, change.minimumStock(), change.maximumStock(), change.storageLocation(),
                barcodes(change.barcodes()));
        return new Transition<>(changed, changed.announcement());
    }

    /** The product out of the range, or empty when it already is (then nothing is announced). */
    public Optional<Transition<ProductDeactivated>> deactivate() {
        if (!active) {
            return Optional.empty();
        }
        return Optional.of(new Transition<>(withActive(false), new ProductDeactivated(id, sku.value())));
    }

    /** The product back in the range, announced as changed (its state says it is active), or empty when it is. */
    public Optional<Transition<ProductChanged>> activate() {
        if (active) {
            return Optional.empty();
        }
        var activated = withActive(true);
        return Optional.of(new Transition<>(activated, activated.announcement()));
    }

    /** The product's whole current state as other modules keep it, to announce it again to those that missed it. */
    public ProductChanged announcement() {
        return new ProductChanged(id, sku.value(), name, baseUnit, categoryId, active, minimumStock, maximumStock);
    }

    private Product withActive(boolean newActive) {
        return new Product(id, sku, name, description, categoryId, taxClassId, baseUnit, newActive, minimumStock,
                maximumStock, storageLocation, barcodes);
    }

    private static Sku sku(String value) {
        try {
            return new Sku(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("sku", "must be 1 to 40 letters, digits, '.', '-' or '_'");
        }
    }

    private static List<Gtin> barcodes(List<String> codes) {
        var barcodes = new ArrayList<Gtin>();
        for (int i = 0; i < codes.size(); i++) {
            barcodes.add(Gtin.of(codes.get(i), "barcodes[" + i + "]"));
        }
        return barcodes;
    }
}
