package io.elif.catalog.application;

import io.elif.kernel.NotFoundException;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.TaxClass;
import io.elif.catalog.domain.Category;
import io.elif.catalog.domain.ContainerType;
import io.elif.catalog.domain.Currency;
import io.elif.catalog.domain.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The catalogue's settings and small reference tables: categories, tax classes, container types. */
@Service
@Transactional
public class AdministerReferenceData {

    private final ReferenceTables tables;

    AdministerReferenceData(ReferenceTables tables) {
        this.tables = tables;
    }

    @Transactional(readOnly = true)
    public CatalogSettings settings() {
        return tables.settings();
    }

    public CatalogSettings changeSettings(CatalogSettings settings) {
        var valid = new CatalogSettings(Currency.code(settings.currency()), settings.salesPricesIncludeTax(),
                settings.purchaseCostsIncludeTax());
        tables.saveSettings(valid);
        return valid;
    }

    /** By name. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return tables.categories();
    }

    public Category createCategory(String name, boolean sellable) {
        var category = ReferenceData.category(UUID.randomUUID(), name, sellable);
        tables.saveCategory(category);
        return category;
    }

    public Category changeCategory(UUID id, String name, boolean sellable) {
        tables.category(id).orElseThrow(() -> new NotFoundException("category", id));
        var category = ReferenceData.category(id, name, sellable);
        tables.saveCategory(category);
        return category;
    }

    /** By name. */
    @Transactional(readOnly = true)
    public List<TaxClass> taxClasses() {
        return tables.taxClasses();
    }

    public TaxClass createTaxClass(String name, BigDecimal rate) {
        var taxClass = ReferenceData.taxClass(UUID.randomUUID(), name, rate);
        tables.saveTaxClass(taxClass);
        return taxClass;
    }

    public TaxClass changeTaxClass(UUID id, String name, BigDecimal rate) {
        tables.taxClass(id).orElseThrow(() -> new NotFoundException("tax class", id));
        var taxClass = ReferenceData.taxClass(id, name, rate);
        tables.saveTaxClass(taxClass);
        return taxClass;
    }

    /** By code. */
    @Transactional(readOnly = true)
    public List<ContainerType> containerTypes() {
        return tables.containerTypes();
    }

    public ContainerType createContainerType(String code, String name, ContainerKind kind, BigDecimal deposit) {
        var type = ReferenceData.containerType(UUID.randomUUID(), code, name, kind, deposit);
        tables.saveContainerType(type);
        return type;
    }

    /** The code and kind stay: sales documents name containers by them. */
    public ContainerType changeContainerType(UUID id, String name, BigDecimal deposit) {
        var existing = tables.containerType(id).orElseThrow(() -> new NotFoundException("container type", id));
        var type = ReferenceData.containerType(id, existing.code(), name, existing.kind(), deposit);
        tables.saveContainerType(type);
        return type;
    }
}
