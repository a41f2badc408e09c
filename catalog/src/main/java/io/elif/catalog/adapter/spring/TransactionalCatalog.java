package io.elif.catalog.adapter.spring;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.Category;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.ContainerType;
import io.elif.catalog.InvalidCatalogInputException;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewPrice;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PackView;
import io.elif.catalog.PriceChange;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductChange;
import io.elif.catalog.ProductDetail;
import io.elif.catalog.ProductNotFoundException;
import io.elif.catalog.ProductPage;
import io.elif.catalog.ProductSearch;
import io.elif.catalog.ProductView;
import io.elif.catalog.TaxClass;
import io.elif.catalog.application.AdministerReferenceData;
import io.elif.catalog.application.AttachContainers;
import io.elif.catalog.application.ChangeProduct;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.ManagePacks;
import io.elif.catalog.application.Products;
import io.elif.catalog.application.RecordPrice;
import io.elif.catalog.application.ReferenceTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalog's facade: one transaction per call; reads in read-only transactions. */
@Service
@Transactional(readOnly = true)
class TransactionalCatalog implements Catalog {

    private final CreateProduct createProduct;
    private final ChangeProduct changeProduct;
    private final ManagePacks packs;
    private final RecordPrice recordPrice;
    private final AttachContainers attachContainers;
    private final AdministerReferenceData referenceData;
    private final Products products;
    private final ReferenceTables tables;
    private final Clock clock;

    TransactionalCatalog(CreateProduct createProduct, ChangeProduct changeProduct, ManagePacks packs,
                         RecordPrice recordPrice, AttachContainers attachContainers,
                         AdministerReferenceData referenceData, Products products, ReferenceTables tables, Clock clock) {
        this.createProduct = createProduct;
        this.changeProduct = changeProduct;
        this.packs = packs;
        this.recordPrice = recordPrice;
        this.attachContainers = attachContainers;
        this.referenceData = referenceData;
        this.products = products;
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public CatalogSettings settings() {
        return tables.settings();
    }

    @Override
    @Transactional
    public CatalogSettings changeSettings(CatalogSettings settings) {
        return referenceData.changeSettings(settings);
    }

    @Override
    public List<Category> categories() {
        return tables.categories();
    }

    @Override
    @Transactional
    public Category createCategory(String name, boolean sellable) {
        return referenceData.createCategory(name, sellable);
    }

    @Override
    @Transactional
    public Category changeCategory(UUID id, String name, boolean sellable) {
        return referenceData.changeCategory(id, name, sellable);
    }

    @Override
    public List<TaxClass> taxClasses() {
        return tables.taxClasses();
    }

    @Override
    @Transactional
    public TaxClass createTaxClass(String name, BigDecimal rate) {
        return referenceData.createTaxClass(name, rate);
    }

    @Override
    @Transactional
    public TaxClass changeTaxClass(UUID id, String name, BigDecimal rate) {
        return referenceData.changeTaxClass(id, name, rate);
    }

    @Override
    public List<ContainerType> containerTypes() {
        return tables.containerTypes();
    }

    @Override
    @Transactional
    public ContainerType createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit) {
        return referenceData.createContainerType(code, name, kind, deposit);
    }

    @Override
    @Transactional
    public ContainerType changeContainerType(UUID id, String name, BigDecimal deposit) {
        return referenceData.changeContainerType(id, name, deposit);
    }

    @Override
    @Transactional
    public ProductDetail createProduct(NewProduct product) {
        return createProduct.handle(product, SYSTEM);
    }

    @Override
    @Transactional
    public ProductDetail createProduct(NewProduct product, String createdBy) {
        return createProduct.handle(product, createdBy);
    }

    @Override
    @Transactional
    public ProductDetail changeProduct(UUID id, ProductChange change) {
        return changeProduct.change(id, change);
    }

    @Override
    @Transactional
    public ProductDetail deactivateProduct(UUID id) {
        return changeProduct.deactivate(id);
    }

    @Override
    @Transactional
    public ProductDetail activateProduct(UUID id) {
        return changeProduct.activate(id);
    }

    @Override
    public Optional<ProductView> findProduct(UUID id) {
        return products.view(id, today());
    }

    @Override
    @Transactional
    public void announceProducts(Collection<UUID> ids) {
        changeProduct.announce(ids);
    }

    @Override
    public Optional<ProductDetail> productDetail(UUID id) {
        return products.detail(id, today());
    }

    @Override
    public Optional<BarcodeMatch> findByBarcode(String barcode) {
        return barcode == null || barcode.isBlank() ? Optional.empty() : products.byBarcode(barcode.strip(), today());
    }

    @Override
    public ProductPage searchProducts(String text, int page, int size) {
        return searchProducts(ProductSearch.byText(text, page, size));
    }

    @Override
    public ProductPage searchProducts(ProductSearch search) {
        if (search.page() < 0) {
            throw new InvalidCatalogInputException("page", "must not be negative");
        }
        if (search.size() < 1 || search.size() > MAX_PAGE_SIZE) {
            throw new InvalidCatalogInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return products.search(search, today());
    }

    @Override
    public long countProducts() {
        return products.count();
    }

    @Override
    @Transactional
    public PackView addPack(UUID productId, NewPack pack, String createdBy) {
        return packs.add(productId, pack, createdBy);
    }

    @Override
    @Transactional
    public PackView changePack(UUID productId, UUID packId, String name, String barcode) {
        return packs.change(productId, packId, name, barcode);
    }

    @Override
    @Transactional
    public PriceChange recordPrice(UUID productId, NewPrice price, String recordedBy) {
        return recordPrice.handle(productId, price, recordedBy);
    }

    @Override
    public List<PriceChange> priceHistory(UUID productId) {
        if (products.byId(productId).isEmpty()) {
            throw new ProductNotFoundException(productId);
        }
        return products.priceHistory(productId);
    }

    @Override
    @Transactional
    public List<ContainerLoad> attachContainers(UUID productId, UUID packId, List<ContainerQuantity> containers) {
        return attachContainers.handle(productId, packId, containers);
    }

    @Override
    public Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level) {
        return productIds.isEmpty() ? Map.of() : products.currentPrices(productIds, null, level, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
