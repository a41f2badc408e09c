package io.elif.catalog;

import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog's facade for other modules and for the application's set-up: only what they use. Every call is
 * one transaction: a refused command ({@link InvalidInputException}, {@link DuplicateEntryException},
 * {@link NotFoundException}) writes nothing.
 */
public interface Catalog {

    /** Who changes made without a signed-in user (demo data) are recorded by. */
    String SYSTEM = "system";

    // what other modules ask

    CatalogSettings settings();

    Optional<ProductView> findProduct(UUID id);

    /** The product or pack a barcode names; text that is no barcode (GTIN) names nothing. */
    Optional<BarcodeMatch> findByBarcode(String barcode);

    /**
     * Today's price of one base unit of each product at the level (tax as the settings say); products without
     * a price at that level are left out. Callers may pass a whole warehouse's products.
     */
    Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level);

    /**
     * What a sale needs of each product and pack at the level on the date, in one query: SKU, name, active,
     * sellable, units per pack, the price that holds (absent if none), the tax rate and the containers carried.
     * Unknown products are left out; a pack that is not the product's comes back with {@code packOfProduct} false.
     */
    List<SaleItem> saleItems(Collection<ItemRef> items, PriceLevel level, LocalDate date);

    /**
     * Publishes {@link ProductChanged} with the current state of each product (unknown ids are skipped), for a module
     * that must rebuild what it keeps of them; listeners are idempotent, so announcing again is harmless.
     */
    void announceProducts(Collection<UUID> ids);

    // what the application's set-up (demo data) writes

    long countProducts();

    void changeSettings(CatalogSettings settings);

    /** @return the new category's id */
    UUID createCategory(String name, boolean sellable);

    /** By name. */
    List<TaxClass> taxClasses();

    /** @return the new tax class's id */
    UUID createTaxClass(String name, BigDecimal rate);

    /** @return the new container type's id */
    UUID createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit);

    /**
     * @param createdBy who the first prices are recorded by
     * @return the new product's id
     * @throws DuplicateSkuException when the SKU is taken
     */
    UUID createProduct(NewProduct product, String createdBy);

    /**
     * @param createdBy who the pack's first prices are recorded by
     * @return the new pack's id
     */
    UUID addPack(UUID productId, NewPack pack, String createdBy);

    /** Replaces what the product's base unit (packId null) or one of its packs carries. */
    void attachContainers(UUID productId, UUID packId, List<ContainerQuantity> containers);
}
