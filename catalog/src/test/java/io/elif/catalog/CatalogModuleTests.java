package io.elif.catalog;

import io.elif.testing.QueryCounter;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.catalog.application.AdministerReferenceData;
import io.elif.catalog.application.AttachContainers;
import io.elif.catalog.application.ChangeProduct;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.FindProducts;
import io.elif.catalog.application.ManagePacks;
import io.elif.catalog.application.PackView;
import io.elif.catalog.application.ProductDetail;
import io.elif.catalog.application.ProductPage;
import io.elif.catalog.application.ProductSearch;
import io.elif.catalog.application.RecordPrice;
import io.elif.catalog.domain.Category;
import io.elif.catalog.domain.NewPrice;
import io.elif.catalog.domain.ProductChange;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.jooq.ExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The catalog module alone, against a real PostgreSQL migrated with its own migrations. */
@ApplicationModuleTest
class CatalogModuleTests {

    private static final QueryCounter queries = new QueryCounter();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountedQueries {

        @Bean
        ExecuteListenerProvider queryCounting() {
            return queries.provider();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("catalog_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    CreateProduct createProduct;

    @Autowired
    ChangeProduct changeProduct;

    @Autowired
    ManagePacks packs;

    @Autowired
    RecordPrice recordPrice;

    @Autowired
    AttachContainers attachContainers;

    @Autowired
    AdministerReferenceData referenceData;

    @Autowired
    FindProducts findProducts;

    @Autowired
    DSLContext dsl;


    Category beer;
    Category empties;
    TaxClass standard;

    @BeforeEach
    void referenceData() {
        beer = referenceData.createCategory("Beer " + unique(), true);
        empties = referenceData.createCategory("Empties " + unique(), false);
        standard = referenceData.createTaxClass("Standard " + unique(), new BigDecimal("20"));
    }

    @Test
    void announcesACreatedProductWithItsStockRules(Scenario scenario) {
        var sku = uniqueSku();
        scenario.stimulate(() -> catalog.createProduct(new NewProduct(sku, "THB 65cl", "Pilsener", beer.id(), standard.id(),
                        BaseUnit.BOTTLE, 24, 480L, "A12", List.of(), Map.of(PriceLevel.LEVEL_1, new BigDecimal("3500"))),
                        Catalog.SYSTEM))
                .andWaitForEventOfType(ProductCreated.class)
                .matching(event -> event.sku().equals(sku))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event).isEqualTo(new ProductCreated(id, sku, "THB 65cl", BaseUnit.BOTTLE, beer.id(),
                            true, 24, 480L));
                    var product = findProducts.detail(id).orElseThrow();
                    assertThat(catalog.findProduct(id)).contains(product.summary());
                    assertThat(product.taxRate()).isEqualByComparingTo("20.00");
                    assertThat(findProducts.priceHistory(id)).singleElement()
                            .satisfies(price -> assertThat(price.recordedBy()).isEqualTo(Catalog.SYSTEM));
                });
    }

    @Test
    void announcesChangesAndDeactivationsOnlyWhenSomethingChanged(PublishedEvents events) {
        var product = create(uniqueSku(), "Stout", beer, List.of());

        var changed = changeProduct.change(product.id(), new ProductChange("Dark stout", "", empties.id(), standard.id(),
                6, null, "B2", List.of(uniqueGtin())));
        changeProduct.deactivate(product.id());
        changeProduct.deactivate(product.id());
        changeProduct.activate(product.id());
        changeProduct.activate(product.id());

        assertThat(changed.categoryName()).isEqualTo(empties.name());
        assertThat(changed.sellable()).isFalse();
        assertThat(events.ofType(ProductChanged.class).matching(event -> event.productId().equals(product.id())))
                .extracting(ProductChanged::name, ProductChanged::active, ProductChanged::minimumStock, ProductChanged::categoryId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dark stout", true, 6L, empties.id()),
                        org.assertj.core.groups.Tuple.tuple("Dark stout", true, 6L, empties.id()));
        assertThat(events.ofType(ProductDeactivated.class).matching(event -> event.productId().equals(product.id())))
                .containsExactly(new ProductDeactivated(product.id(), product.sku()));
    }

    @Test
    void announcesKnownProductsAgainOnRequest(PublishedEvents events) {
        var product = create(uniqueSku(), "Cider", beer, List.of());

        catalog.announceProducts(List.of(product.id(), UUID.randomUUID()));

        assertThat(events.ofType(ProductChanged.class)).extracting(ProductChanged::productId).containsExactly(product.id());
    }

    @Test
    void theApplicationsSetUpWritesThroughTheFacade() {
        catalog.changeSettings(new CatalogSettings("EUR", true, true));
        var category = catalog.createCategory("Wine " + unique(), true);
        var taxClass = catalog.createTaxClass("Reduced " + unique(), new BigDecimal("5.5"));
        var bottle = catalog.createContainerType("wb-" + unique(), "Wine bottle", ContainerKind.BOTTLE, new BigDecimal("0.25"));
        var product = catalog.createProduct(new NewProduct(uniqueSku(), "Rosé", null, category, taxClass, BaseUnit.BOTTLE, 0,
                null, null, List.of(), Map.of(PriceLevel.LEVEL_1, new BigDecimal("7.90"))), Catalog.SYSTEM);
        var carton = catalog.addPack(product, new NewPack("Carton of 6", 6, null, Map.of()), Catalog.SYSTEM);
        catalog.attachContainers(product, carton, List.of(new ContainerQuantity(bottle, 6)));

        assertThat(catalog.settings()).isEqualTo(new CatalogSettings("EUR", true, true));
        assertThat(catalog.taxClasses()).extracting(TaxClass::id).contains(taxClass);
        var detail = findProducts.detail(product).orElseThrow();
        assertThat(detail.categoryId()).isEqualTo(category);
        assertThat(detail.taxRate()).isEqualByComparingTo("5.50");
        assertThat(detail.packs()).singleElement().satisfies(pack -> {
            assertThat(pack.id()).isEqualTo(carton);
            assertThat(pack.containers()).extracting(ContainerLoad::containerTypeId, ContainerLoad::quantity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(bottle, 6));
        });
        catalog.changeSettings(new CatalogSettings("MGA", true, false));
    }

    @Test
    void refusesADuplicateSkuAndWritesNothing() {
        var sku = uniqueSku();
        create(sku, "Original", beer, List.of());
        var before = catalog.countProducts();

        assertThatExceptionOfType(DuplicateSkuException.class)
                .isThrownBy(() -> create(sku.toLowerCase(), "Copy", beer, List.of()))
                .satisfies(e -> assertThat(e.sku()).isEqualTo(sku));
        assertThat(catalog.countProducts()).isEqualTo(before);
    }

    @Test
    void aBarcodeNamesOneThingAcrossProductsAndPacks() {
        var code = uniqueGtin();
        var packCode = uniqueGtin();
        var product = create(uniqueSku(), "Cola", beer, List.of(code));
        var crate = packs.add(product.id(), new NewPack("Crate of 24", 24, packCode, Map.of()), "tester");
        var before = findProducts.count();

        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> create(uniqueSku(), "Copy", beer, List.of(uniqueGtin(), packCode)))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.BARCODE))
                .satisfies(e -> assertThat(e.value()).isEqualTo(packCode));
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> packs.add(product.id(), new NewPack("Pack of 6", 6, code, Map.of()), "tester"));
        assertThat(findProducts.count()).isEqualTo(before);

        assertThat(catalog.findByBarcode(packCode)).hasValueSatisfying(match -> {
            assertThat(match.packId()).isEqualTo(crate.id());
            assertThat(match.unitsPerPack()).isEqualTo(24);
            assertThat(match.product().id()).isEqualTo(product.id());
        });
        assertThat(catalog.findByBarcode(code)).hasValueSatisfying(match -> {
            assertThat(match.packId()).isNull();
            assertThat(match.unitsPerPack()).isEqualTo(1);
        });
        assertThat(catalog.findByBarcode(" " + code + " ")).isPresent();
        assertThat(catalog.findByBarcode(uniqueGtin())).isEmpty();
        assertThat(catalog.findByBarcode(" ")).isEmpty();
        assertThat(findProducts.detail(product.id()).orElseThrow().packs()).extracting(PackView::barcode).containsExactly(packCode);
    }

    @Test
    void unknownReferencesAreBadInputNamingTheField() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> createProduct.handle(new NewProduct(uniqueSku(), "X", null, UUID.randomUUID(), standard.id(),
                        BaseUnit.CAN, 0, null, null, List.of(), Map.of(PriceLevel.LEVEL_1, BigDecimal.ONE)), "tester"))
                .satisfies(e -> assertThat(e.field()).contains("categoryId"));
        var product = create(uniqueSku(), "Y", beer, List.of());
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> recordPrice.handle(product.id(), new NewPrice(UUID.randomUUID(), PriceLevel.LEVEL_1,
                        BigDecimal.ONE, null), "tester"))
                .satisfies(e -> assertThat(e.field()).contains("packId"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> attachContainers.handle(product.id(), null, List.of(new ContainerQuantity(UUID.randomUUID(), 1))))
                .satisfies(e -> assertThat(e.field()).contains("containers[0].containerTypeId"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> findProducts.priceHistory(UUID.randomUUID()));
    }

    @Test
    void theCurrentPriceIsTheLatestValidOneAndTheHistoryKeepsEveryChange() {
        var product = create(uniqueSku(), "Rum", beer, List.of());
        var crate = packs.add(product.id(), new NewPack("Case of 12", 12, null,
                Map.of(PriceLevel.LEVEL_1, new BigDecimal("280000"))), "tester");
        var today = LocalDate.now();
        pastPrice(product.id(), PriceLevel.LEVEL_1, "20000.00", today.minusDays(10));
        pastPrice(product.id(), PriceLevel.WHOLESALE, "19000.00", today.minusDays(10));
        recordPrice.handle(product.id(), new NewPrice(null, PriceLevel.WHOLESALE, new BigDecimal("18500.5"), null), "manager");
        recordPrice.handle(product.id(), new NewPrice(null, PriceLevel.LEVEL_1, new BigDecimal("26000"), today.plusDays(7)), "manager");
        recordPrice.handle(product.id(), new NewPrice(crate.id(), PriceLevel.LEVEL_1, new BigDecimal("275000"), null), "manager");

        var detail = findProducts.detail(product.id()).orElseThrow();
        assertThat(detail.prices()).containsEntry(PriceLevel.LEVEL_1, new BigDecimal("25000.10"))
                .containsEntry(PriceLevel.WHOLESALE, new BigDecimal("18500.50"));
        assertThat(detail.packs().getFirst().prices()).containsExactly(Map.entry(PriceLevel.LEVEL_1, new BigDecimal("275000.00")));
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.WHOLESALE))
                .containsExactly(Map.entry(product.id(), new BigDecimal("18500.50")));
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.LEVEL_5)).isEmpty();
        var history = findProducts.priceHistory(product.id());
        assertThat(history).hasSize(7);
        assertThat(history.getFirst()).satisfies(newest -> {
            assertThat(newest.validFrom()).isEqualTo(today.plusDays(7));
            assertThat(newest.recordedBy()).isEqualTo("manager");
        });
        assertThat(history.getLast()).satisfies(oldest -> {
            assertThat(oldest.validFrom()).isEqualTo(today.minusDays(10));
            assertThat(oldest.recordedBy()).isEqualTo("earlier");
        });
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> recordPrice.handle(product.id(), new NewPrice(null, PriceLevel.LEVEL_1, BigDecimal.ONE,
                        today.minusDays(1)), "manager"))
                .satisfies(e -> assertThat(e.field()).contains("validFrom"));
    }

    /**
     * Of prices valid from the same day, the one recorded last holds, and of those recorded at the same instant the
     * one stored last: the same answer in every query that shows a price, and first in the history.
     */
    @Test
    void ofPricesValidFromTheSameDayTheLastRecordedHoldsInEveryQuery() {
        var code = uniqueGtin();
        var product = create(uniqueSku(), "Gin " + unique(), beer, List.of(code));
        var crate = packs.add(product.id(), new NewPack("Case of 6", 6, null, Map.of()), "tester");
        var today = LocalDate.now();
        var later = OffsetDateTime.now().plusHours(1);
        for (var pack : Arrays.asList(null, crate.id())) {
            price(product.id(), pack, "30.00", today, later);
            price(product.id(), pack, "10.00", today, later.minusMinutes(1));
            price(product.id(), pack, "20.00", today, later);
            price(product.id(), pack, "90.00", today.plusDays(1), later.plusMinutes(1));
        }
        recordPrice.handle(product.id(), new NewPrice(null, PriceLevel.WHOLESALE, new BigDecimal("5"), null), "tester");
        recordPrice.handle(product.id(), new NewPrice(null, PriceLevel.WHOLESALE, new BigDecimal("6"), null), "tester");

        var twenty = new BigDecimal("20.00");
        var detail = findProducts.detail(product.id()).orElseThrow();
        assertThat(detail.prices()).containsEntry(PriceLevel.LEVEL_1, twenty).containsEntry(PriceLevel.WHOLESALE, new BigDecimal("6.00"));
        assertThat(detail.packs().getFirst().prices()).containsExactly(Map.entry(PriceLevel.LEVEL_1, twenty));
        assertThat(catalog.findProduct(product.id()).orElseThrow().price()).isEqualTo(twenty);
        assertThat(catalog.findByBarcode(code).orElseThrow().product().price()).isEqualTo(twenty);
        assertThat(findProducts.search(ProductSearch.byText(code, 0, 1)).items().getFirst().price()).isEqualTo(twenty);
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.LEVEL_1)).containsEntry(product.id(), twenty);
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.WHOLESALE))
                .containsEntry(product.id(), new BigDecimal("6.00"));
        assertThat(findProducts.priceHistory(product.id()))
                .filteredOn(change -> change.packId() == null && change.level() == PriceLevel.LEVEL_1
                        && !change.validFrom().isAfter(today))
                .first().satisfies(current -> assertThat(current.amount()).isEqualTo(twenty));
    }

    @Test
    void searchesByNameSkuOrExactBarcodeWithFiltersAndSorting() {
        var marker = "Zq" + unique();
        var packCode = uniqueGtin();
        var a = create(marker + "-A", marker + " lemonade", beer, List.of());
        var b = create(marker + "-B", marker + " cola", beer, List.of());
        var c = create(marker + "-C", marker + " empty crate", empties, List.of());
        packs.add(b.id(), new NewPack("Pack of 6", 6, packCode, Map.of()), "tester");
        changeProduct.deactivate(a.id());

        assertThat(ids(search(marker.toLowerCase(), null, null, null, ProductSearch.Sort.NAME, false)))
                .containsExactly(b.id(), c.id(), a.id());
        assertThat(ids(search(marker, null, null, null, ProductSearch.Sort.SKU, true))).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(search(marker, null, true, null, ProductSearch.Sort.NAME, false))).containsExactly(b.id(), c.id());
        assertThat(ids(search(marker, null, null, false, ProductSearch.Sort.NAME, false))).containsExactly(c.id());
        assertThat(ids(search(marker, empties.id(), null, null, ProductSearch.Sort.NAME, false))).containsExactly(c.id());
        assertThat(ids(search(packCode, null, null, null, ProductSearch.Sort.NAME, false))).containsExactly(b.id());
        assertThat(search(packCode.substring(0, 8), null, null, null, ProductSearch.Sort.NAME, false).totalItems()).isZero();
        assertThat(findProducts.search(ProductSearch.byText(marker + "%", 0, 10)).totalItems()).isZero();

        var firstPage = findProducts.search(new ProductSearch(marker, null, null, null, ProductSearch.Sort.CREATED_AT, false, 0, 2));
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(ProductView::id).containsExactly(a.id(), b.id());
        assertThat(firstPage.items().getFirst().price()).isEqualByComparingTo("25000.10");
        assertThat(findProducts.search(ProductSearch.byText(marker, 9, 10)).totalItems()).isEqualTo(3);
    }

    @Test
    void aPageIsOneQueryAndADetailAFixedNumberWhateverTheirSize() {
        var marker = "Qc" + unique();
        var plain = create(marker + "-0", marker + " plain", beer, List.of());
        var loaded = create(marker + "-1", marker + " loaded", beer, List.of(uniqueGtin(), uniqueGtin()));
        var bottle = referenceData.createContainerType("qb-" + unique(), "Bottle", ContainerKind.BOTTLE, BigDecimal.TEN);
        for (int i = 2; i < 5; i++) {
            var pack = packs.add(loaded.id(), new NewPack("Pack of " + i, i, uniqueGtin(),
                    Map.of(PriceLevel.LEVEL_1, BigDecimal.valueOf(i * 1000L), PriceLevel.WHOLESALE, BigDecimal.ONE)), "tester");
            attachContainers.handle(loaded.id(), pack.id(), List.of(new ContainerQuantity(bottle.id(), i)));
            create(marker + "-" + i, marker + " filler " + i, beer, List.of());
        }

        assertThat(queries.count(() -> findProducts.search(ProductSearch.byText(marker, 0, 3)))).isOne();
        assertThat(queries.count(() -> findProducts.search(new ProductSearch(marker, beer.id(), true, true,
                ProductSearch.Sort.CREATED_AT, true, 1, 2)))).isOne();
        var plainQueries = queries.count(() -> findProducts.detail(plain.id()));
        assertThat(queries.count(() -> findProducts.detail(loaded.id()))).isEqualTo(plainQueries).isLessThanOrEqualTo(5);
        assertThat(findProducts.detail(loaded.id()).orElseThrow().packs()).hasSize(3);
    }

    @Test
    void containersReplaceWhatTheBaseUnitOrAPackCarries() {
        var product = create(uniqueSku(), "THB", beer, List.of());
        var crate = packs.add(product.id(), new NewPack("Crate of 24", 24, null, Map.of()), "tester");
        var bottle = referenceData.createContainerType("btl-" + unique(), "Bottle 65cl", ContainerKind.BOTTLE, new BigDecimal("300"));
        var crateType = referenceData.createContainerType("crt-" + unique(), "Crate", ContainerKind.CRATE, new BigDecimal("3000"));

        attachContainers.handle(product.id(), null, List.of(new ContainerQuantity(bottle.id(), 1)));
        attachContainers.handle(product.id(), crate.id(), List.of(new ContainerQuantity(bottle.id(), 1)));
        var loads = attachContainers.handle(product.id(), crate.id(),
                List.of(new ContainerQuantity(bottle.id(), 24), new ContainerQuantity(crateType.id(), 1)));

        assertThat(loads).extracting(ContainerLoad::code, ContainerLoad::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(crateType.code(), 1),
                        org.assertj.core.groups.Tuple.tuple(bottle.code(), 24));
        var detail = findProducts.detail(product.id()).orElseThrow();
        assertThat(detail.containers()).extracting(ContainerLoad::quantity).containsExactly(1);
        assertThat(detail.packs().getFirst().containers()).hasSize(2);
        assertThat(bottle.code()).isEqualTo(bottle.code().toUpperCase());
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> referenceData.createContainerType(bottle.code().toLowerCase(), "Copy", ContainerKind.BOTTLE, BigDecimal.ONE))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.CONTAINER_CODE));
    }

    @Test
    void categoryNamesAreUniqueWhateverTheCase() {
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> referenceData.createCategory(beer.name().toUpperCase(), true))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.CATEGORY_NAME));
        assertThat(referenceData.changeCategory(beer.id(), beer.name() + " & cider", false).sellable()).isFalse();
        assertThat(catalog.settings().currency()).hasSize(3);
    }

    @Test
    void storesPricesAsExactDecimals() {
        var product = create(uniqueSku(), "Rum", beer, List.of());

        assertThat(dsl.fetchValue("select amount::text from catalog.price where product_id = ?", product.id()))
                .isEqualTo("25000.10");
    }

    private ProductPage search(String text, UUID categoryId, Boolean active, Boolean sellable, ProductSearch.Sort sort,
                               boolean descending) {
        return findProducts.search(new ProductSearch(text, categoryId, active, sellable, sort, descending, 0, 20));
    }

    /** What a sale needs, in one query: the pack's own price at the level on the day, the facts, the containers. */
    @Test
    void saleItemsGiveEachProductAndPackAtTheLevelOnTheDayInOneQuery() {
        var today = LocalDate.now();
        var product = create(uniqueSku(), "Sale item", beer, List.of());
        var crate = packs.add(product.id(), new NewPack("Crate of 24", 24, null, Map.of(PriceLevel.LEVEL_2,
                new BigDecimal("60000"), PriceLevel.WHOLESALE, new BigDecimal("55000"))), "tester");
        var bottle = referenceData.createContainerType("si-" + unique(), "Bottle", ContainerKind.BOTTLE, new BigDecimal("300"));
        var crateType = referenceData.createContainerType("sc-" + unique(), "Crate", ContainerKind.CRATE, new BigDecimal("3000"));
        catalog.attachContainers(product.id(), crate.id(), List.of(new ContainerQuantity(bottle.id(), 24),
                new ContainerQuantity(crateType.id(), 1)));
        price(product.id(), crate.id(), "58000", today.plusDays(1), OffsetDateTime.now());
        var foreign = packs.add(create(uniqueSku(), "Other", beer, List.of()).id(), new NewPack("Case", 6, null, Map.of()),
                "tester");
        var unsellable = create(uniqueSku(), "Empty crate", empties, List.of());
        var unknown = UUID.randomUUID();
        var refs = List.of(new ItemRef(product.id(), crate.id()), new ItemRef(product.id(), null),
                new ItemRef(product.id(), foreign.id()), new ItemRef(unsellable.id(), null), new ItemRef(unknown, null));

        var wholesale = new java.util.ArrayList<SaleItem>();
        assertThat(queries.countInTransaction(() -> wholesale.addAll(catalog.saleItems(refs, PriceLevel.WHOLESALE, today))))
                .isOne();
        var level2 = catalog.saleItems(refs, PriceLevel.LEVEL_2, today);
        var level1Tomorrow = catalog.saleItems(refs, PriceLevel.LEVEL_1, today.plusDays(1));

        assertThat(wholesale).extracting(SaleItem::ref).containsExactlyInAnyOrder(refs.subList(0, 4).toArray(ItemRef[]::new));
        var crateItem = byRef(wholesale, refs.get(0));
        assertThat(crateItem.packOfProduct()).isTrue();
        assertThat(crateItem.unitsPerPack()).isEqualTo(24);
        assertThat(crateItem.price()).isEqualByComparingTo("55000");
        assertThat(crateItem.taxRate()).isEqualByComparingTo("20");
        assertThat(crateItem.sku()).isEqualTo(product.sku());
        assertThat(crateItem.active()).isTrue();
        assertThat(crateItem.sellable()).isTrue();
        assertThat(crateItem.containers()).as("crates first, each with its code, name, kind and deposit")
                .containsExactly(new ContainerLoad(crateType.id(), crateType.code(), "Crate", ContainerKind.CRATE,
                                new BigDecimal("3000.00"), 1),
                        new ContainerLoad(bottle.id(), bottle.code(), "Bottle", ContainerKind.BOTTLE,
                                new BigDecimal("300.00"), 24));
        assertThat(byRef(level2, refs.get(0)).price()).isEqualByComparingTo("60000");
        assertThat(byRef(level1Tomorrow, refs.get(0)).price()).as("tomorrow's LEVEL_1 crate price").isEqualByComparingTo("58000");
        var unit = byRef(wholesale, refs.get(1));
        assertThat(unit.unitsPerPack()).isOne();
        assertThat(unit.price()).as("no wholesale price per bottle").isNull();
        assertThat(byRef(level2, refs.get(1)).price()).isNull();
        assertThat(byRef(catalog.saleItems(refs, PriceLevel.LEVEL_1, today), refs.get(1)).price()).isEqualByComparingTo("25000.10");
        assertThat(unit.containers()).isEmpty();
        var foreignItem = byRef(wholesale, refs.get(2));
        assertThat(foreignItem.packOfProduct()).isFalse();
        assertThat(foreignItem.price()).isNull();
        assertThat(byRef(wholesale, refs.get(3)).sellable()).isFalse();
        assertThat(catalog.saleItems(List.of(), PriceLevel.LEVEL_1, today)).isEmpty();
    }

    @Test
    void theMoneyUnitIsWholeAriaryAndTheCurrencysMinorUnitElsewhere() {
        assertThat(new CatalogSettings("MGA", true, false).moneyScale()).isZero();
        assertThat(new CatalogSettings("EUR", true, false).moneyScale()).isEqualTo(2);
        assertThat(new CatalogSettings("XOF", true, false).moneyScale()).isZero();
        assertThat(new CatalogSettings("BHD", true, false).moneyScale()).as("stored with 2 decimals at most").isEqualTo(2);
    }

    private static SaleItem byRef(List<SaleItem> items, ItemRef ref) {
        return items.stream().filter(item -> item.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static List<UUID> ids(ProductPage page) {
        return page.items().stream().map(ProductView::id).toList();
    }

    private ProductDetail create(String sku, String name, Category category, List<String> barcodes) {
        return createProduct.handle(new NewProduct(sku, name, null, category.id(), standard.id(), BaseUnit.BOTTLE, 0, null,
                null, barcodes, Map.of(PriceLevel.LEVEL_1, new BigDecimal("25000.10"))), "tester");
    }

    /** History from before today can only have been written earlier: it goes straight into the table. */
    private void pastPrice(UUID productId, PriceLevel level, String amount, LocalDate validFrom) {
        dsl.execute("insert into catalog.price (product_id, level, amount, valid_from, recorded_at, recorded_by) "
                + "values (?, ?, ?::numeric, ?, now() - interval '10 days', 'earlier')", productId, level.name(), amount, validFrom);
    }

    /** A price as stored, with the instant it is recorded at, so that a test can make two of them equal. */
    private void price(UUID productId, UUID packId, String amount, LocalDate validFrom, OffsetDateTime recordedAt) {
        dsl.execute("insert into catalog.price (product_id, pack_id, level, amount, valid_from, recorded_at, recorded_by) "
                + "values (?, ?, 'LEVEL_1', ?::numeric, ?, ?::timestamptz, 'tester')", productId, packId, amount, validFrom, recordedAt);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueSku() {
        return "T-" + unique().toUpperCase();
    }

    /** A random EAN-13 with its check digit. */
    static String uniqueGtin() {
        var digits = new StringBuilder("2");
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 11; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = digits.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
