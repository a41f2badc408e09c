package io.elif.catalog.adapter.persistence;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.ItemRef;
import io.elif.catalog.SaleItem;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductView;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.application.PackView;
import io.elif.catalog.application.PriceChange;
import io.elif.catalog.application.ProductDetail;
import io.elif.catalog.application.ProductPage;
import io.elif.catalog.application.ProductSearch;
import io.elif.catalog.application.Products;
import io.elif.catalog.domain.Gtin;
import io.elif.catalog.domain.Pack;
import io.elif.catalog.domain.PriceEntry;
import io.elif.catalog.domain.Product;
import io.elif.catalog.domain.Sku;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.impl.SQLDataType;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.elif.catalog.adapter.persistence.jooq.Tables.BARCODE;
import static io.elif.catalog.adapter.persistence.jooq.Tables.CATEGORY;
import static io.elif.catalog.adapter.persistence.jooq.Tables.CONTAINER_TYPE;
import static io.elif.catalog.adapter.persistence.jooq.Tables.PACK;
import static io.elif.catalog.adapter.persistence.jooq.Tables.PRICE;
import static io.elif.catalog.adapter.persistence.jooq.Tables.PRODUCT;
import static io.elif.catalog.adapter.persistence.jooq.Tables.PRODUCT_CONTAINER;
import static io.elif.catalog.adapter.persistence.jooq.Tables.TAX_CLASS;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqProducts implements Products {

    private final DSLContext dsl;

    JooqProducts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Product product) {
        try {
            dsl.insertInto(PRODUCT)
                    .set(PRODUCT.ID, product.id())
                    .set(PRODUCT.SKU, product.sku().value())
                    .set(PRODUCT.BASE_UNIT, product.baseUnit().name())
                    .set(PRODUCT.ACTIVE, product.active())
                    .set(details(product))
                    .execute();
            insertBarcodes(product.id(), null, product.barcodes());
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, product.sku().value(), codes(product.barcodes()), null);
        }
    }

    @Override
    public void update(Product product) {
        try {
            dsl.update(PRODUCT).set(details(product)).set(PRODUCT.ACTIVE, product.active())
                    .where(PRODUCT.ID.eq(product.id())).execute();
            dsl.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.eq(product.id()), BARCODE.PACK_ID.isNull()).execute();
            insertBarcodes(product.id(), null, product.barcodes());
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, product.sku().value(), codes(product.barcodes()), null);
        }
    }

    @Override
    public Optional<Product> byId(UUID id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional().map(this::toProduct);
    }

    @Override
    public Optional<Product> lock(UUID id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).forUpdate().fetchOptional().map(this::toProduct);
    }

    /** Five queries whatever the number of packs and prices: product, barcodes, packs, current prices, containers. */
    @Override
    public Optional<ProductDetail> detail(UUID id, LocalDate date) {
        var row = dsl.select(PRODUCT.fields()).select(CATEGORY.NAME, CATEGORY.SELLABLE, TAX_CLASS.NAME, TAX_CLASS.RATE)
                .from(PRODUCT).join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .join(TAX_CLASS).on(TAX_CLASS.ID.eq(PRODUCT.TAX_CLASS_ID))
                .where(PRODUCT.ID.eq(id))
                .fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var product = row.get();
        var barcodes = dsl.select(BARCODE.CODE, BARCODE.PACK_ID).from(BARCODE).where(BARCODE.PRODUCT_ID.eq(id))
                .orderBy(BARCODE.CODE).fetch();
        var prices = currentPricesOf(id, date);
        var containers = containerLoadsOf(id, noCondition());
        var packs = dsl.selectFrom(PACK).where(PACK.PRODUCT_ID.eq(id)).orderBy(PACK.UNITS_PER_PACK, PACK.NAME).fetch(pack ->
                new PackView(pack.getId(), pack.getName(), pack.getUnitsPerPack(),
                        barcodes.stream().filter(code -> pack.getId().equals(code.value2())).map(code -> code.value1())
                                .findFirst().orElse(null),
                        pricesOf(prices, pack.getId()), loadsOf(containers, pack.getId())));
        return Optional.of(new ProductDetail(id, product.get(PRODUCT.SKU), product.get(PRODUCT.NAME),
                product.get(PRODUCT.DESCRIPTION), product.get(PRODUCT.CATEGORY_ID), product.get(CATEGORY.NAME),
                product.get(CATEGORY.SELLABLE), product.get(PRODUCT.TAX_CLASS_ID), product.get(TAX_CLASS.NAME),
                product.get(TAX_CLASS.RATE), BaseUnit.valueOf(product.get(PRODUCT.BASE_UNIT)), product.get(PRODUCT.ACTIVE),
                product.get(PRODUCT.MINIMUM_STOCK), product.get(PRODUCT.MAXIMUM_STOCK), product.get(PRODUCT.STORAGE_LOCATION),
                barcodes.stream().filter(code -> code.value2() == null).map(code -> code.value1()).toList(),
                pricesOf(prices, null), loadsOf(containers, null), packs));
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public ProductPage search(ProductSearch search, LocalDate date) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var rows = summaries(date, total)
                .where(filter)
                .orderBy(order(search))
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty()
                ? dsl.fetchCount(dsl.select(PRODUCT.ID).from(PRODUCT).join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID)).where(filter))
                : rows.getFirst().get(total);
        return new ProductPage(rows.map(row -> toView(row)), search.page(), search.size(), totalItems);
    }

    @Override
    public long count() {
        return dsl.fetchCount(PRODUCT);
    }

    @Override
    public Optional<BarcodeMatch> byBarcode(String code, LocalDate date) {
        var match = dsl.select(BARCODE.CODE, BARCODE.PRODUCT_ID, BARCODE.PACK_ID, PACK.UNITS_PER_PACK)
                .from(BARCODE).leftJoin(PACK).on(PACK.ID.eq(BARCODE.PACK_ID))
                .where(BARCODE.CODE.eq(code))
                .fetchOptional();
        return match.flatMap(row -> summaries(date).where(PRODUCT.ID.eq(row.get(BARCODE.PRODUCT_ID))).fetchOptional()
                .map(product -> new BarcodeMatch(row.get(BARCODE.CODE), row.get(BARCODE.PRODUCT_ID),
                        row.get(BARCODE.PACK_ID), Objects.requireNonNullElse(row.get(PACK.UNITS_PER_PACK), 1),
                        toView(product))));
    }

    @Override
    public Optional<ProductView> view(UUID id, LocalDate date) {
        return summaries(date).where(PRODUCT.ID.eq(id)).fetchOptional().map(row -> toView(row));
    }

    @Override
    public Map<UUID, BigDecimal> currentPrices(Collection<UUID> ids, UUID packId, PriceLevel level, LocalDate date) {
        var current = CurrentPrices.on(date,
                PRICE.PRODUCT_ID.in(ids).and(packIs(PRICE.PACK_ID, packId)).and(PRICE.LEVEL.eq(level.name())));
        return dsl.select(current.productId, current.amount).from(current.table).fetchMap(current.productId, current.amount);
    }

    /**
     * One query: the items asked for as a VALUES table, joined to their products, categories, tax classes, packs
     * (of that product only), the prices that hold at the level on the date, and what they carry as a multiset.
     */
    @Override
    public List<SaleItem> saleItems(Collection<ItemRef> items, PriceLevel level, LocalDate date) {
        @SuppressWarnings("unchecked")
        Row2<UUID, UUID>[] rows = items.stream().distinct()
                .map(item -> DSL.row(DSL.val(item.productId(), SQLDataType.UUID), DSL.val(item.packId(), SQLDataType.UUID)))
                .toArray(Row2[]::new);
        var item = DSL.values(rows).as("item", "product_id", "pack_id");
        var itemProduct = item.field("product_id", SQLDataType.UUID);
        var itemPack = item.field("pack_id", SQLDataType.UUID);
        var productIds = items.stream().map(ItemRef::productId).distinct().toList();
        var current = CurrentPrices.on(date, PRICE.PRODUCT_ID.in(productIds).and(PRICE.LEVEL.eq(level.name())));
        var containers = DSL.multiset(DSL.select(CONTAINER_TYPE.ID, CONTAINER_TYPE.CODE, CONTAINER_TYPE.NAME,
                                CONTAINER_TYPE.KIND, CONTAINER_TYPE.DEPOSIT, PRODUCT_CONTAINER.QUANTITY)
                        .from(PRODUCT_CONTAINER)
                        .join(CONTAINER_TYPE).on(CONTAINER_TYPE.ID.eq(PRODUCT_CONTAINER.CONTAINER_TYPE_ID))
                        .where(PRODUCT_CONTAINER.PRODUCT_ID.eq(itemProduct),
                                PRODUCT_CONTAINER.PACK_ID.isNotDistinctFrom(itemPack))
                        .orderBy(CONTAINER_TYPE.KIND.desc(), CONTAINER_TYPE.CODE))
                .as("containers")
                .convertFrom(loads -> loads.map(load -> new ContainerLoad(load.value1(), load.value2(), load.value3(),
                        ContainerKind.valueOf(load.value4()), load.value5(), load.value6())));
        return dsl.select(itemProduct, itemPack, PACK.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.ACTIVE, CATEGORY.SELLABLE,
                        PACK.UNITS_PER_PACK, current.amount, TAX_CLASS.RATE, containers)
                .from(item)
                .join(PRODUCT).on(PRODUCT.ID.eq(itemProduct))
                .join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .join(TAX_CLASS).on(TAX_CLASS.ID.eq(PRODUCT.TAX_CLASS_ID))
                .leftJoin(PACK).on(PACK.ID.eq(itemPack), PACK.PRODUCT_ID.eq(PRODUCT.ID))
                .leftJoin(current.table).on(current.productId.eq(itemProduct), current.packId.isNotDistinctFrom(itemPack))
                .fetch(row -> {
                    var packId = row.get(itemPack);
                    var packOfProduct = packId == null || row.get(PACK.ID) != null;
                    return new SaleItem(row.get(itemProduct), packId, packOfProduct, row.get(PRODUCT.SKU),
                            row.get(PRODUCT.NAME), row.get(PRODUCT.ACTIVE), row.get(CATEGORY.SELLABLE),
                            packId == null ? 1 : Objects.requireNonNullElse(row.get(PACK.UNITS_PER_PACK), 0),
                            packOfProduct ? row.get(current.amount) : null, row.get(TAX_CLASS.RATE),
                            packOfProduct ? row.get(containers) : List.of());
                });
    }

    @Override
    public void addPack(Pack pack) {
        try {
            dsl.insertInto(PACK)
                    .set(PACK.ID, pack.id())
                    .set(PACK.PRODUCT_ID, pack.productId())
                    .set(PACK.NAME, pack.name())
                    .set(PACK.UNITS_PER_PACK, pack.unitsPerPack())
                    .execute();
            insertBarcodes(pack.productId(), pack.id(), barcodeOf(pack));
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, null, codes(barcodeOf(pack)), null);
        }
    }

    @Override
    public void updatePack(Pack pack) {
        try {
            dsl.update(PACK).set(PACK.NAME, pack.name()).where(PACK.ID.eq(pack.id())).execute();
            dsl.deleteFrom(BARCODE).where(BARCODE.PACK_ID.eq(pack.id())).execute();
            insertBarcodes(pack.productId(), pack.id(), barcodeOf(pack));
        } catch (DuplicateKeyException e) {
            throw Duplicates.translate(e, null, codes(barcodeOf(pack)), null);
        }
    }

    @Override
    public Optional<Pack> pack(UUID productId, UUID packId) {
        return dsl.select(PACK.fields()).select(BARCODE.CODE)
                .from(PACK).leftJoin(BARCODE).on(BARCODE.PACK_ID.eq(PACK.ID))
                .where(PACK.ID.eq(packId), PACK.PRODUCT_ID.eq(productId))
                .fetchOptional(row -> new Pack(row.get(PACK.ID), row.get(PACK.PRODUCT_ID), row.get(PACK.NAME),
                        row.get(PACK.UNITS_PER_PACK), row.get(BARCODE.CODE) == null ? null : new Gtin(row.get(BARCODE.CODE))));
    }

    @Override
    public List<PriceChange> addPrices(UUID productId, List<PriceEntry> prices, String recordedBy) {
        var added = new ArrayList<PriceChange>();
        for (var price : prices) {
            added.add(dsl.insertInto(PRICE)
                    .set(PRICE.PRODUCT_ID, productId)
                    .set(PRICE.PACK_ID, price.packId())
                    .set(PRICE.LEVEL, price.level().name())
                    .set(PRICE.AMOUNT, price.amount())
                    .set(PRICE.VALID_FROM, price.validFrom())
                    .set(PRICE.RECORDED_BY, recordedBy)
                    .returning()
                    .fetchSingle(JooqProducts::toPriceChange));
        }
        return added;
    }

    @Override
    public List<PriceChange> priceHistory(UUID productId) {
        return dsl.selectFrom(PRICE).where(PRICE.PRODUCT_ID.eq(productId))
                .orderBy(CurrentPrices.LATEST_FIRST)
                .fetch(JooqProducts::toPriceChange);
    }

    @Override
    public void replaceContainers(UUID productId, UUID packId, List<ContainerQuantity> containers) {
        dsl.deleteFrom(PRODUCT_CONTAINER)
                .where(PRODUCT_CONTAINER.PRODUCT_ID.eq(productId), packIs(PRODUCT_CONTAINER.PACK_ID, packId))
                .execute();
        if (containers.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PRODUCT_CONTAINER, PRODUCT_CONTAINER.PRODUCT_ID, PRODUCT_CONTAINER.PACK_ID,
                PRODUCT_CONTAINER.CONTAINER_TYPE_ID, PRODUCT_CONTAINER.QUANTITY);
        for (var container : containers) {
            insert = insert.values(productId, packId, container.containerTypeId(), container.quantity());
        }
        insert.execute();
    }

    @Override
    public List<ContainerLoad> containerLoads(UUID productId, UUID packId) {
        return loadsOf(containerLoadsOf(productId, packIs(PRODUCT_CONTAINER.PACK_ID, packId)), packId);
    }

    private record PackPrice(UUID packId, PriceLevel level, BigDecimal amount) {
    }

    /** The prices of the product's base unit and packs that hold on the date, in one query. */
    private List<PackPrice> currentPricesOf(UUID productId, LocalDate date) {
        var current = CurrentPrices.on(date, PRICE.PRODUCT_ID.eq(productId));
        return dsl.select(current.packId, current.level, current.amount).from(current.table)
                .fetch(row -> new PackPrice(row.value1(), PriceLevel.valueOf(row.value2()), row.value3()));
    }

    private static Map<PriceLevel, BigDecimal> pricesOf(List<PackPrice> prices, UUID packId) {
        var byLevel = new EnumMap<PriceLevel, BigDecimal>(PriceLevel.class);
        prices.stream().filter(price -> Objects.equals(price.packId(), packId))
                .forEach(price -> byLevel.put(price.level(), price.amount()));
        return byLevel;
    }

    private record PackLoad(UUID packId, ContainerLoad load) {
    }

    private List<PackLoad> containerLoadsOf(UUID productId, Condition condition) {
        return dsl.select(CONTAINER_TYPE.fields()).select(PRODUCT_CONTAINER.PACK_ID, PRODUCT_CONTAINER.QUANTITY)
                .from(PRODUCT_CONTAINER).join(CONTAINER_TYPE).on(CONTAINER_TYPE.ID.eq(PRODUCT_CONTAINER.CONTAINER_TYPE_ID))
                .where(PRODUCT_CONTAINER.PRODUCT_ID.eq(productId), condition)
                .orderBy(CONTAINER_TYPE.KIND.desc(), CONTAINER_TYPE.CODE)
                .fetch(row -> new PackLoad(row.get(PRODUCT_CONTAINER.PACK_ID), new ContainerLoad(row.get(CONTAINER_TYPE.ID),
                        row.get(CONTAINER_TYPE.CODE), row.get(CONTAINER_TYPE.NAME), ContainerKind.valueOf(row.get(CONTAINER_TYPE.KIND)),
                        row.get(CONTAINER_TYPE.DEPOSIT), row.get(PRODUCT_CONTAINER.QUANTITY))));
    }

    private static List<ContainerLoad> loadsOf(List<PackLoad> loads, UUID packId) {
        return loads.stream().filter(load -> Objects.equals(load.packId(), packId)).map(PackLoad::load).toList();
    }

    private static Condition packIs(Field<UUID> field, UUID packId) {
        return packId == null ? field.isNull() : field.eq(packId);
    }

    /** The columns a change of details writes (a HashMap: the maximum may be null). */
    private static Map<Field<?>, Object> details(Product product) {
        var columns = new HashMap<Field<?>, Object>();
        columns.put(PRODUCT.NAME, product.name());
        columns.put(PRODUCT.DESCRIPTION, product.description());
        columns.put(PRODUCT.CATEGORY_ID, product.categoryId());
        columns.put(PRODUCT.TAX_CLASS_ID, product.taxClassId());
        columns.put(PRODUCT.MINIMUM_STOCK, product.minimumStock());
        columns.put(PRODUCT.MAXIMUM_STOCK, product.maximumStock());
        columns.put(PRODUCT.STORAGE_LOCATION, product.storageLocation());
        return columns;
    }

    private void insertBarcodes(UUID productId, UUID packId, List<Gtin> barcodes) {
        if (barcodes.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(BARCODE, BARCODE.CODE, BARCODE.PRODUCT_ID, BARCODE.PACK_ID);
        for (var barcode : barcodes) {
            insert = insert.values(barcode.code(), productId, packId);
        }
        insert.execute();
    }

    private static List<Gtin> barcodeOf(Pack pack) {
        return pack.barcode() == null ? List.of() : List.of(pack.barcode());
    }

    private static List<String> codes(List<Gtin> barcodes) {
        return barcodes.stream().map(Gtin::code).toList();
    }

    /** The columns of a product summary, with the day's LEVEL_1 price of one base unit as a scalar sub-query. */
    private org.jooq.SelectOnConditionStep<Record> summaries(LocalDate date, SelectField<?>... extra) {
        var current = CurrentPrices.on(date, PRICE.PRODUCT_ID.eq(PRODUCT.ID).and(PRICE.PACK_ID.isNull())
                .and(PRICE.LEVEL.eq(PriceLevel.LEVEL_1.name())));
        var price = DSL.select(current.amount).from(current.table).asField("price");
        var fields = new ArrayList<SelectField<?>>(List.of(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.CATEGORY_ID,
                CATEGORY.NAME, CATEGORY.SELLABLE, PRODUCT.BASE_UNIT, PRODUCT.ACTIVE, TAX_CLASS.RATE, price));
        fields.addAll(List.of(extra));
        return dsl.select(fields).from(PRODUCT)
                .join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .join(TAX_CLASS).on(TAX_CLASS.ID.eq(PRODUCT.TAX_CLASS_ID));
    }

    private static ProductView toView(Record row) {
        return new ProductView(row.get(PRODUCT.ID), row.get(PRODUCT.SKU), row.get(PRODUCT.NAME), row.get(PRODUCT.CATEGORY_ID),
                row.get(CATEGORY.NAME), row.get(CATEGORY.SELLABLE), BaseUnit.valueOf(row.get(PRODUCT.BASE_UNIT)),
                row.get(PRODUCT.ACTIVE), row.get("price", BigDecimal.class), row.get(TAX_CLASS.RATE));
    }

    private static Condition matching(ProductSearch search) {
        var condition = noCondition();
        if (!search.text().isEmpty()) {
            condition = PRODUCT.NAME.containsIgnoreCase(search.text())
                    .or(PRODUCT.SKU.containsIgnoreCase(search.text()))
                    .or(DSL.exists(DSL.selectOne().from(BARCODE)
                            .where(BARCODE.PRODUCT_ID.eq(PRODUCT.ID), BARCODE.CODE.eq(search.text()))));
        }
        if (search.categoryId() != null) {
            condition = condition.and(PRODUCT.CATEGORY_ID.eq(search.categoryId()));
        }
        if (search.active() != null) {
            condition = condition.and(PRODUCT.ACTIVE.eq(search.active()));
        }
        if (search.sellable() != null) {
            condition = condition.and(CATEGORY.SELLABLE.eq(search.sellable()));
        }
        return condition;
    }

    private static List<SortField<?>> order(ProductSearch search) {
        var keys = switch (search.sort()) {
            case NAME -> List.<Field<?>>of(PRODUCT.NAME.lower(), PRODUCT.SKU);
            case SKU -> List.<Field<?>>of(PRODUCT.SKU);
            case CREATED_AT -> List.<Field<?>>of(PRODUCT.CREATED_AT, PRODUCT.SKU);
        };
        return keys.stream().<SortField<?>>map(key -> search.descending() ? key.desc() : key.asc()).toList();
    }

    private Product toProduct(io.elif.catalog.adapter.persistence.jooq.tables.records.ProductRecord row) {
        var barcodes = dsl.select(BARCODE.CODE).from(BARCODE)
                .where(BARCODE.PRODUCT_ID.eq(row.getId()), BARCODE.PACK_ID.isNull())
                .orderBy(BARCODE.CODE)
                .fetch(code -> new Gtin(code.value1()));
        return new Product(row.getId(), new Sku(row.getSku()), row.getName(), row.getDescription(), row.getCategoryId(),
                row.getTaxClassId(), BaseUnit.valueOf(row.getBaseUnit()), row.getActive(), row.getMinimumStock(),
                row.getMaximumStock(), row.getStorageLocation(), barcodes);
    }

    private static PriceChange toPriceChange(io.elif.catalog.adapter.persistence.jooq.tables.records.PriceRecord row) {
        return new PriceChange(row.getPackId(), PriceLevel.valueOf(row.getLevel()), row.getAmount(), row.getValidFrom(),
                row.getRecordedAt().toInstant(), row.getRecordedBy());
    }
}
