package io.elif.catalog.adapter.persistence;

import io.elif.catalog.CatalogSettings;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.TaxClass;
import io.elif.catalog.application.ReferenceTables;
import io.elif.catalog.domain.Category;
import io.elif.catalog.domain.ContainerType;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.elif.catalog.adapter.persistence.jooq.Tables.CATALOG_SETTING;
import static io.elif.catalog.adapter.persistence.jooq.Tables.CATEGORY;
import static io.elif.catalog.adapter.persistence.jooq.Tables.CONTAINER_TYPE;
import static io.elif.catalog.adapter.persistence.jooq.Tables.TAX_CLASS;

@Repository
class JooqReferenceTables implements ReferenceTables {

    private final DSLContext dsl;

    JooqReferenceTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CatalogSettings settings() {
        return dsl.selectFrom(CATALOG_SETTING).fetchOptional(row -> new CatalogSettings(row.getCurrency(),
                row.getSalesPricesIncludeTax(), row.getPurchaseCostsIncludeTax())).orElse(new CatalogSettings("MGA", true, false));
    }

    @Override
    public void saveSettings(CatalogSettings settings) {
        dsl.insertInto(CATALOG_SETTING)
                .set(CATALOG_SETTING.ID, true)
                .set(CATALOG_SETTING.CURRENCY, settings.currency())
                .set(CATALOG_SETTING.SALES_PRICES_INCLUDE_TAX, settings.salesPricesIncludeTax())
                .set(CATALOG_SETTING.PURCHASE_COSTS_INCLUDE_TAX, settings.purchaseCostsIncludeTax())
                .onConflict(CATALOG_SETTING.ID).doUpdate()
                .set(CATALOG_SETTING.CURRENCY, settings.currency())
                .set(CATALOG_SETTING.SALES_PRICES_INCLUDE_TAX, settings.salesPricesIncludeTax())
                .set(CATALOG_SETTING.PURCHASE_COSTS_INCLUDE_TAX, settings.purchaseCostsIncludeTax())
                .execute();
    }

    @Override
    public List<Category> categories() {
        return dsl.selectFrom(CATEGORY).orderBy(CATEGORY.NAME.lower()).fetch(row -> new Category(row.getId(), row.getName(), row.getSellable()));
    }

    @Override
    public Optional<Category> category(UUID id) {
        return dsl.selectFrom(CATEGORY).where(CATEGORY.ID.eq(id))
                .fetchOptional(row -> new Category(row.getId(), row.getName(), row.getSellable()));
    }

    @Override
    public void saveCategory(Category category) {
        try {
            dsl.insertInto(CATEGORY)
                    .set(CATEGORY.ID, category.id())
                    .set(CATEGORY.NAME, category.name())
                    .set(CATEGORY.SELLABLE, category.sellable())
                    .onConflict(CATEGORY.ID).doUpdate()
                    .set(CATEGORY.NAME, category.name())
                    .set(CATEGORY.SELLABLE, category.sellable())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, null, List.of(), category.name());
        }
    }

    @Override
    public List<TaxClass> taxClasses() {
        return dsl.selectFrom(TAX_CLASS).orderBy(TAX_CLASS.NAME.lower()).fetch(row -> new TaxClass(row.getId(), row.getName(), row.getRate()));
    }

    @Override
    public Optional<TaxClass> taxClass(UUID id) {
        return dsl.selectFrom(TAX_CLASS).where(TAX_CLASS.ID.eq(id))
                .fetchOptional(row -> new TaxClass(row.getId(), row.getName(), row.getRate()));
    }

    @Override
    public void saveTaxClass(TaxClass taxClass) {
        try {
            dsl.insertInto(TAX_CLASS)
                    .set(TAX_CLASS.ID, taxClass.id())
                    .set(TAX_CLASS.NAME, taxClass.name())
                    .set(TAX_CLASS.RATE, taxClass.rate())
                    .onConflict(TAX_CLASS.ID).doUpdate()
                    .set(TAX_CLASS.NAME, taxClass.name())
                    .set(TAX_CLASS.RATE, taxClass.rate())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, null, List.of(), taxClass.name());
        }
    }

    @Override
    public List<ContainerType> containerTypes() {
        return dsl.selectFrom(CONTAINER_TYPE).orderBy(CONTAINER_TYPE.CODE).fetch(JooqReferenceTables::toContainerType);
    }

    @Override
    public Optional<ContainerType> containerType(UUID id) {
        return dsl.selectFrom(CONTAINER_TYPE).where(CONTAINER_TYPE.ID.eq(id)).fetchOptional(JooqReferenceTables::toContainerType);
    }

    @Override
    public Set<UUID> existingContainerTypes(Collection<UUID> ids) {
        return new HashSet<>(dsl.select(CONTAINER_TYPE.ID).from(CONTAINER_TYPE)
                .where(CONTAINER_TYPE.ID.in(ids.stream().filter(java.util.Objects::nonNull).toList()))
                .fetch(CONTAINER_TYPE.ID));
    }

    @Override
    public void saveContainerType(ContainerType type) {
        try {
            dsl.insertInto(CONTAINER_TYPE)
                    .set(CONTAINER_TYPE.ID, type.id())
                    .set(CONTAINER_TYPE.CODE, type.code())
                    .set(CONTAINER_TYPE.NAME, type.name())
                    .set(CONTAINER_TYPE.KIND, type.kind().name())
                    .set(CONTAINER_TYPE.DEPOSIT, type.deposit())
                    .onConflict(CONTAINER_TYPE.ID).doUpdate()
                    .set(CONTAINER_TYPE.NAME, type.name())
                    .set(CONTAINER_TYPE.DEPOSIT, type.deposit())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, null, List.of(), type.code());
        }
    }

    private static ContainerType toContainerType(io.elif.catalog.adapter.persistence.jooq.tables.records.ContainerTypeRecord row) {
        return new ContainerType(row.getId(), row.getCode(), row.getName(), ContainerKind.valueOf(row.getKind()), row.getDeposit());
    }
}
