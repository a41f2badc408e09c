package io.elif.catalog.application;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.ItemRef;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductView;
import io.elif.catalog.SaleItem;
import io.elif.catalog.TaxClass;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final AttachContainers attachContainers;
    private final AdministerReferenceData referenceData;
    private final FindProducts findProducts;

    CatalogFacade(CreateProduct createProduct, ChangeProduct changeProduct, ManagePacks packs,
                  AttachContainers attachContainers, AdministerReferenceData referenceData, FindProducts findProducts) {
        this.createProduct = createProduct;
        this.changeProduct = changeProduct;
        this.packs = packs;
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
    @Transactional(readOnly = true)
    public Optional<ProductView> findProduct(UUID id) {
        return findProducts.view(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BarcodeMatch> findByBarcode(String barcode) {
        return findProducts.byBarcode(barcode);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level) {
        return findProducts.currentUnitPrices(productIds, level);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SaleItem> saleItems(Collection<ItemRef> items, PriceLevel level, LocalDate date) {
        return findProducts.saleItems(items, level, date);
    }

    @Override
    public void announceProducts(Collection<UUID> ids) {
        changeProduct.announce(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public long countProducts() {
        return findProducts.count();
    }

    @Override
    public void changeSettings(CatalogSettings settings) {
        referenceData.changeSettings(settings);
    }

    @Override
    public UUID createCategory(String name, boolean sellable) {
        return referenceData.createCategory(name, sellable).id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaxClass> taxClasses() {
        return referenceData.taxClasses();
    }

    @Override
    public UUID createTaxClass(String name, BigDecimal rate) {
        return referenceData.createTaxClass(name, rate).id();
    }

    @Override
    public UUID createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit) {
        return referenceData.createContainerType(code, name, kind, deposit).id();
    }

    @Override
    public UUID createProduct(NewProduct product, String createdBy) {
        return createProduct.handle(product, createdBy).id();
    }

    @Override
    public UUID addPack(UUID productId, NewPack pack, String createdBy) {
        return packs.add(productId, pack, createdBy).id();
    }

    @Override
    public void attachContainers(UUID productId, UUID packId, List<ContainerQuantity> containers) {
        attachContainers.handle(productId, packId, containers);
    }
}
