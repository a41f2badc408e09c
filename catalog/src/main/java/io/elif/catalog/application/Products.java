package io.elif.catalog.application;

import io.elif.catalog.ContainerLoad;
import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.ItemRef;
import io.elif.catalog.SaleItem;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.DuplicateEntryException;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductView;
import io.elif.catalog.domain.Pack;
import io.elif.catalog.domain.PriceEntry;
import io.elif.catalog.domain.Product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue's products with their barcodes, packs, price histories and containers, as stored. */
public interface Products {

    /** @throws DuplicateEntryException when the SKU or a barcode is taken */
    void add(Product product);

    /** @throws DuplicateEntryException when a barcode is taken */
    void update(Product product);

    Optional<Product> byId(UUID id);

    /** The product as listed, its price as on the date. */
    Optional<ProductView> view(UUID id, LocalDate date);

    /** The product locked against concurrent changes for the rest of the transaction. */
    Optional<Product> lock(UUID id);

    /** Everything about the product, prices as on the date; a fixed number of queries. */
    Optional<ProductDetail> detail(UUID id, LocalDate date);

    /** One query per page. */
    ProductPage search(ProductSearch search, LocalDate date);

    long count();

    Optional<BarcodeMatch> byBarcode(String code, LocalDate date);

    Map<UUID, BigDecimal> currentPrices(Collection<UUID> ids, UUID packId, PriceLevel level, LocalDate date);

    /** The products and packs as a sale needs them, prices at the level on the date; one query. */
    List<SaleItem> saleItems(Collection<ItemRef> items, PriceLevel level, LocalDate date);

    /** @throws DuplicateEntryException when the barcode is taken */
    void addPack(Pack pack);

    /** @throws DuplicateEntryException when the barcode is taken */
    void updatePack(Pack pack);

    Optional<Pack> pack(UUID productId, UUID packId);

    List<PriceChange> addPrices(UUID productId, List<PriceEntry> prices, String recordedBy);

    /** Newest first. */
    List<PriceChange> priceHistory(UUID productId);

    /** Replaces what one base unit (packId null) or one pack carries. */
    void replaceContainers(UUID productId, UUID packId, List<ContainerQuantity> containers);

    /** What the product's base unit (packId null) or the pack carries. */
    List<ContainerLoad> containerLoads(UUID productId, UUID packId);
}
