package io.elif.catalog.application;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.Category;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.ContainerType;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewPrice;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PackView;
import io.elif.catalog.PriceChange;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductChange;
import io.elif.catalog.ProductDetail;
import io.elif.catalog.ProductPage;
import io.elif.catalog.ProductSearch;
import io.elif.catalog.ProductView;
import io.elif.catalog.TaxClass;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalog's facade: hands each call to its use case, whose rules and transaction it takes as they are. */
@Service
@Transactional
class CatalogFacade implements Catalog {

    private final CreateProduct createProduct;
    private final ChangeProduct changeProduct;
    private final ManagePacks packs;
    private final RecordPrice recordPrice;
    private final AttachContainers attachContainers;
    private final AdministerReferenceData referenceData;
    private final FindProducts findProducts;

    CatalogFacade(CreateProduct createProduct, ChangeProduct changeProduct, ManagePacks packs, RecordPrice recordPrice,
                  AttachContainers attachContainers, AdministerReferenceData referenceData, FindProducts findProducts) {
        this.createProduct = createProduct;
        this.changeProduct = changeProduct;
        this.packs = packs;
        this.recordPrice = recordPrice;
        this.attachContainers = attachContainers;
        this.referenceData = referenceData;
        this.findProducts = findProducts;
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogSettings settings() {
        return referenceData.settings();
    }

    @Override
    public CatalogSettings changeSettings(CatalogSettings settings) {
        return referenceData.changeSettings(settings);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return referenceData.categories();
    }

    @Override
    public Category createCategory(String name, boolean sellable) {
        return referenceData.createCategory(name, sellable);
    }

    @Override
    public Category changeCategory(UUID id, String name, boolean sellable) {
        return referenceData.changeCategory(id, name, sellable);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaxClass> taxClasses() {
        return referenceData.taxClasses();
    }

    @Override
    public TaxClass createTaxClass(String name, BigDecimal rate) {
        return referenceData.createTaxClass(name, rate);
    }

    @Override
    public TaxClass changeTaxClass(UUID id, String name, BigDecimal rate) {
        return referenceData.changeTaxClass(id, name, rate);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContainerType> containerTypes() {
        return referenceData.containerTypes();
    }

    @Override
    public ContainerType createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit) {
        return referenceData.createContainerType(code, name, kind, deposit);
    }

    @Override
    public ContainerType changeContainerType(UUID id, String name, BigDecimal deposit) {
        return referenceData.changeContainerType(id, name, deposit);
    }

    @Override
    public ProductDetail createProduct(NewProduct product) {
        return createProduct.handle(product, SYSTEM);
    }

    @Override
    public ProductDetail createProduct(NewProduct product, String createdBy) {
        return createProduct.handle(product, createdBy);
    }

    @Override
    public ProductDetail changeProduct(UUID id, ProductChange change) {
        return changeProduct.change(id, change);
    }

    @Override
    public ProductDetail deactivateProduct(UUID id) {
        return changeProduct.deactivate(id);
    }

    @Override
    public ProductDetail activateProduct(UUID id) {
        return changeProduct.activate(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> findProduct(UUID id) {
        return findProducts.view(id);
    }

    @Override
    public void announceProducts(Collection<UUID> ids) {
        changeProduct.announce(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductDetail> productDetail(UUID id) {
        return findProducts.detail(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BarcodeMatch> findByBarcode(String barcode) {
        return findProducts.byBarcode(barcode);
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage searchProducts(String text, int page, int size) {
        return findProducts.search(ProductSearch.byText(text, page, size));
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage searchProducts(ProductSearch search) {
        return findProducts.search(search);
    }

    @Override
    @Transactional(readOnly = true)
    public long countProducts() {
        return findProducts.count();
    }

    @Override
    public PackView addPack(UUID productId, NewPack pack, String createdBy) {
        return packs.add(productId, pack, createdBy);
    }

    @Override
    public PackView changePack(UUID productId, UUID packId, String name, String barcode) {
        return packs.change(productId, packId, name, barcode);
    }

    @Override
    public PriceChange recordPrice(UUID productId, NewPrice price, String recordedBy) {
        return recordPrice.handle(productId, price, recordedBy);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceChange> priceHistory(UUID productId) {
        return findProducts.priceHistory(productId);
    }

    @Override
    public List<ContainerLoad> attachContainers(UUID productId, UUID packId, List<ContainerQuantity> containers) {
        return attachContainers.handle(productId, packId, containers);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level) {
        return findProducts.currentUnitPrices(productIds, level);
    }
}
