package io.elif.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog's facade for other modules and for the application's wiring. Every change is one transaction:
 * a refused command ({@link InvalidCatalogInputException}, {@link DuplicateEntryException},
 * {@link CatalogEntryNotFoundException}) writes nothing.
 */
public interface Catalog {

    int MAX_PAGE_SIZE = 100;

    /** Who changes made without a signed-in user (demo data, migrations) are recorded by. */
    String SYSTEM = "system";

    // settings, categories, tax classes, containers

    CatalogSettings settings();

    CatalogSettings changeSettings(CatalogSettings settings);

    /** By name. */
    List<Category> categories();

    Category createCategory(String name, boolean sellable);

    Category changeCategory(UUID id, String name, boolean sellable);

    /** By name. */
    List<TaxClass> taxClasses();

    TaxClass createTaxClass(String name, BigDecimal rate);

    TaxClass changeTaxClass(UUID id, String name, BigDecimal rate);

    /** By code. */
    List<ContainerType> containerTypes();

    ContainerType createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit);

    ContainerType changeContainerType(UUID id, String name, BigDecimal deposit);

    // products

    /** Its first prices are recorded as by the system. @throws DuplicateSkuException when the SKU is taken */
    ProductDetail createProduct(NewProduct product);

    /**
     * @param createdBy who the first prices are recorded by
     * @throws DuplicateSkuException when the SKU is taken
     */
    ProductDetail createProduct(NewProduct product, String createdBy);

    ProductDetail changeProduct(UUID id, ProductChange change);

    /** Takes the product out of the range; an inactive product stays as it is and nothing is published. */
    ProductDetail deactivateProduct(UUID id);

    /** Puts the product back in the range; an active product stays as it is and nothing is published. */
    ProductDetail activateProduct(UUID id);

    Optional<ProductView> findProduct(UUID id);

    /**
     * Publishes {@link ProductChanged} with the current state of each product (unknown ids are skipped), for a module
     * that must rebuild what it keeps of them; listeners are idempotent, so announcing again is harmless.
     */
    void announceProducts(Collection<UUID> ids);

    /** The product with its packs, barcodes, today's prices and containers. */
    Optional<ProductDetail> productDetail(UUID id);

    /** The product or pack a barcode names. */
    Optional<BarcodeMatch> findByBarcode(String barcode);

    /** Products whose name or SKU contains the text or that carry it as a barcode (all when blank), by name. */
    ProductPage searchProducts(String text, int page, int size);

    ProductPage searchProducts(ProductSearch search);

    long countProducts();

    /** @param createdBy who the pack's first prices are recorded by */
    PackView addPack(UUID productId, NewPack pack, String createdBy);

    PackView changePack(UUID productId, UUID packId, String name, String barcode);

    /** Appends a price to the product's history, recorded as given by the named user. */
    PriceChange recordPrice(UUID productId, NewPrice price, String recordedBy);

    /** The product's price history, newest first (future prices included). */
    List<PriceChange> priceHistory(UUID productId);

    /** Replaces what the product's base unit (packId null) or one of its packs carries. */
    List<ContainerLoad> attachContainers(UUID productId, UUID packId, List<ContainerQuantity> containers);

    /**
     * Today's price of one base unit of each product at the level (tax as the settings say); products without
     * a price at that level are left out. Callers may pass a whole warehouse's products.
     */
    Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level);
}
