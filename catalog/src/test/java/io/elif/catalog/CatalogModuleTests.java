package io.elif.catalog;

import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The catalog module alone, against a real PostgreSQL migrated with its own migrations. */
@ApplicationModuleTest
@Import(QueryCounter.class)
class CatalogModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("catalog_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    Category beer;
    Category empties;
    TaxClass standard;

    @BeforeEach
    void referenceData() {
        beer = catalog.createCategory("Beer " + unique(), true);
        empties = catalog.createCategory("Empties " + unique(), false);
        standard = catalog.createTaxClass("Standard " + unique(), new BigDecimal("20"));
    }

    @Test
    void announcesACreatedProductWithItsStockRules(Scenario scenario) {
        var sku = uniqueSku();
        scenario.stimulate(() -> catalog.createProduct(new NewProduct(sku, "THB 65cl", "Pilsener", beer.id(), standard.id(),
                        BaseUnit.BOTTLE, 24, 480L, "A12", List.of(), Map.of(PriceLevel.LEVEL_1, new BigDecimal("3500")))))
                .andWaitForEventOfType(ProductCreated.class)
                .matching(event -> event.sku().equals(sku))
                .toArriveAndVerify((event, product) -> {
                    assertThat(event).isEqualTo(new ProductCreated(product.id(), sku, "THB 65cl", BaseUnit.BOTTLE, beer.id(),
                            true, 24, 480L));
                    assertThat(catalog.findProduct(product.id())).contains(product.summary());
                    assertThat(product.taxRate()).isEqualByComparingTo("20.00");
                });
    }

    @Test
    void announcesChangesAndDeactivationsOnlyWhenSomethingChanged(PublishedEvents events) {
        var product = create(uniqueSku(), "Stout", beer, List.of());

        var changed = catalog.changeProduct(product.id(), new ProductChange("Dark stout", "", empties.id(), standard.id(),
                6, null, "B2", List.of(uniqueGtin())));
        catalog.deactivateProduct(product.id());
        catalog.deactivateProduct(product.id());
        catalog.activateProduct(product.id());
        catalog.activateProduct(product.id());

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
        var crate = catalog.addPack(product.id(), new NewPack("Crate of 24", 24, packCode, Map.of()), "tester");
        var before = catalog.countProducts();

        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> create(uniqueSku(), "Copy", beer, List.of(uniqueGtin(), packCode)))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.BARCODE))
                .satisfies(e -> assertThat(e.value()).isEqualTo(packCode));
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> catalog.addPack(product.id(), new NewPack("Pack of 6", 6, code, Map.of()), "tester"));
        assertThat(catalog.countProducts()).isEqualTo(before);

        assertThat(catalog.findByBarcode(packCode)).hasValueSatisfying(match -> {
            assertThat(match.packId()).isEqualTo(crate.id());
            assertThat(match.unitsPerPack()).isEqualTo(24);
            assertThat(match.product().id()).isEqualTo(product.id());
        });
        assertThat(catalog.findByBarcode(code)).hasValueSatisfying(match -> {
            assertThat(match.packId()).isNull();
            assertThat(match.unitsPerPack()).isEqualTo(1);
        });
        assertThat(catalog.findByBarcode(uniqueGtin())).isEmpty();
        assertThat(catalog.productDetail(product.id()).orElseThrow().packs()).extracting(PackView::barcode).containsExactly(packCode);
    }

    @Test
    void unknownReferencesAreBadInputNamingTheField() {
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> catalog.createProduct(new NewProduct(uniqueSku(), "X", null, UUID.randomUUID(), standard.id(),
                        BaseUnit.CAN, 0, null, null, List.of(), Map.of(PriceLevel.LEVEL_1, BigDecimal.ONE))))
                .satisfies(e -> assertThat(e.field()).contains("categoryId"));
        var product = create(uniqueSku(), "Y", beer, List.of());
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> catalog.recordPrice(product.id(), new NewPrice(UUID.randomUUID(), PriceLevel.LEVEL_1,
                        BigDecimal.ONE, null), "tester"))
                .satisfies(e -> assertThat(e.field()).contains("packId"));
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> catalog.attachContainers(product.id(), null, List.of(new ContainerQuantity(UUID.randomUUID(), 1))))
                .satisfies(e -> assertThat(e.field()).contains("containers[0].containerTypeId"));
        assertThatExceptionOfType(ProductNotFoundException.class)
                .isThrownBy(() -> catalog.priceHistory(UUID.randomUUID()));
    }

    @Test
    void theCurrentPriceIsTheLatestValidOneAndTheHistoryKeepsEveryChange() {
        var product = create(uniqueSku(), "Rum", beer, List.of());
        var crate = catalog.addPack(product.id(), new NewPack("Case of 12", 12, null,
                Map.of(PriceLevel.LEVEL_1, new BigDecimal("280000"))), "tester");
        var today = LocalDate.now();
        pastPrice(product.id(), PriceLevel.LEVEL_1, "20000.00", today.minusDays(10));
        pastPrice(product.id(), PriceLevel.WHOLESALE, "19000.00", today.minusDays(10));
        catalog.recordPrice(product.id(), new NewPrice(null, PriceLevel.WHOLESALE, new BigDecimal("18500.5"), null), "manager");
        catalog.recordPrice(product.id(), new NewPrice(null, PriceLevel.LEVEL_1, new BigDecimal("26000"), today.plusDays(7)), "manager");
        catalog.recordPrice(product.id(), new NewPrice(crate.id(), PriceLevel.LEVEL_1, new BigDecimal("275000"), null), "manager");

        var detail = catalog.productDetail(product.id()).orElseThrow();
        assertThat(detail.prices()).containsEntry(PriceLevel.LEVEL_1, new BigDecimal("25000.10"))
                .containsEntry(PriceLevel.WHOLESALE, new BigDecimal("18500.50"));
        assertThat(detail.packs().getFirst().prices()).containsExactly(Map.entry(PriceLevel.LEVEL_1, new BigDecimal("275000.00")));
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.WHOLESALE))
                .containsExactly(Map.entry(product.id(), new BigDecimal("18500.50")));
        assertThat(catalog.currentUnitPrices(List.of(product.id()), PriceLevel.LEVEL_5)).isEmpty();
        var history = catalog.priceHistory(product.id());
        assertThat(history).hasSize(7);
        assertThat(history.getFirst()).satisfies(newest -> {
            assertThat(newest.validFrom()).isEqualTo(today.plusDays(7));
            assertThat(newest.recordedBy()).isEqualTo("manager");
        });
        assertThat(history.getLast()).satisfies(oldest -> {
            assertThat(oldest.validFrom()).isEqualTo(today.minusDays(10));
            assertThat(oldest.recordedBy()).isEqualTo("earlier");
        });
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> catalog.recordPrice(product.id(), new NewPrice(null, PriceLevel.LEVEL_1, BigDecimal.ONE,
                        today.minusDays(1)), "manager"))
                .satisfies(e -> assertThat(e.field()).contains("validFrom"));
    }

    @Test
    void searchesByNameSkuOrExactBarcodeWithFiltersAndSorting() {
        var marker = "Zq" + unique();
        var packCode = uniqueGtin();
        var a = create(marker + "-A", marker + " lemonade", beer, List.of());
        var b = create(marker + "-B", marker + " cola", beer, List.of());
        var c = create(marker + "-C", marker + " empty crate", empties, List.of());
        catalog.addPack(b.id(), new NewPack("Pack of 6", 6, packCode, Map.of()), "tester");
        catalog.deactivateProduct(a.id());

        assertThat(ids(search(marker.toLowerCase(), null, null, null, ProductSearch.Sort.NAME, false)))
                .containsExactly(b.id(), c.id(), a.id());
        assertThat(ids(search(marker, null, null, null, ProductSearch.Sort.SKU, true))).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(search(marker, null, true, null, ProductSearch.Sort.NAME, false))).containsExactly(b.id(), c.id());
        assertThat(ids(search(marker, null, null, false, ProductSearch.Sort.NAME, false))).containsExactly(c.id());
        assertThat(ids(search(marker, empties.id(), null, null, ProductSearch.Sort.NAME, false))).containsExactly(c.id());
        assertThat(ids(search(packCode, null, null, null, ProductSearch.Sort.NAME, false))).containsExactly(b.id());
        assertThat(search(packCode.substring(0, 8), null, null, null, ProductSearch.Sort.NAME, false).totalItems()).isZero();
        assertThat(catalog.searchProducts(marker + "%", 0, 10).totalItems()).isZero();

        var firstPage = catalog.searchProducts(new ProductSearch(marker, null, null, null, ProductSearch.Sort.CREATED_AT, false, 0, 2));
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(ProductView::id).containsExactly(a.id(), b.id());
        assertThat(firstPage.items().getFirst().price()).isEqualByComparingTo("25000.10");
        assertThat(catalog.searchProducts(marker, 9, 10).totalItems()).isEqualTo(3);
    }

    @Test
    void aPageIsOneQueryAndADetailAFixedNumberWhateverTheirSize() {
        var marker = "Qc" + unique();
        var plain = create(marker + "-0", marker + " plain", beer, List.of());
        var loaded = create(marker + "-1", marker + " loaded", beer, List.of(uniqueGtin(), uniqueGtin()));
        var bottle = catalog.createContainerType("qb-" + unique(), "Bottle", ContainerKind.BOTTLE, BigDecimal.TEN);
        for (int i = 2; i < 5; i++) {
            var pack = catalog.addPack(loaded.id(), new NewPack("Pack of " + i, i, uniqueGtin(),
                    Map.of(PriceLevel.LEVEL_1, BigDecimal.valueOf(i * 1000L), PriceLevel.WHOLESALE, BigDecimal.ONE)), "tester");
            catalog.attachContainers(loaded.id(), pack.id(), List.of(new ContainerQuantity(bottle.id(), i)));
            create(marker + "-" + i, marker + " filler " + i, beer, List.of());
        }

        assertThat(queries.count(() -> catalog.searchProducts(marker, 0, 3))).isOne();
        assertThat(queries.count(() -> catalog.searchProducts(new ProductSearch(marker, beer.id(), true, true,
                ProductSearch.Sort.CREATED_AT, true, 1, 2)))).isOne();
        var plainQueries = queries.count(() -> catalog.productDetail(plain.id()));
        assertThat(queries.count(() -> catalog.productDetail(loaded.id()))).isEqualTo(plainQueries).isLessThanOrEqualTo(5);
        assertThat(catalog.productDetail(loaded.id()).orElseThrow().packs()).hasSize(3);
    }

    @Test
    void containersReplaceWhatTheBaseUnitOrAPackCarries() {
        var product = create(uniqueSku(), "THB", beer, List.of());
        var crate = catalog.addPack(product.id(), new NewPack("Crate of 24", 24, null, Map.of()), "tester");
        var bottle = catalog.createContainerType("btl-" + unique(), "Bottle 65cl", ContainerKind.BOTTLE, new BigDecimal("300"));
        var crateType = catalog.createContainerType("crt-" + unique(), "Crate", ContainerKind.CRATE, new BigDecimal("3000"));

        catalog.attachContainers(product.id(), null, List.of(new ContainerQuantity(bottle.id(), 1)));
        catalog.attachContainers(product.id(), crate.id(), List.of(new ContainerQuantity(bottle.id(), 1)));
        var loads = catalog.attachContainers(product.id(), crate.id(),
                List.of(new ContainerQuantity(bottle.id(), 24), new ContainerQuantity(crateType.id(), 1)));

        assertThat(loads).extracting(ContainerLoad::code, ContainerLoad::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(crateType.code(), 1),
                        org.assertj.core.groups.Tuple.tuple(bottle.code(), 24));
        var detail = catalog.productDetail(product.id()).orElseThrow();
        assertThat(detail.containers()).extracting(ContainerLoad::quantity).containsExactly(1);
        assertThat(detail.packs().getFirst().containers()).hasSize(2);
        assertThat(bottle.code()).isEqualTo(bottle.code().toUpperCase());
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> catalog.createContainerType(bottle.code().toLowerCase(), "Copy", ContainerKind.BOTTLE, BigDecimal.ONE))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.CONTAINER_CODE));
    }

    @Test
    void categoryNamesAreUniqueWhateverTheCase() {
        assertThatExceptionOfType(DuplicateEntryException.class)
                .isThrownBy(() -> catalog.createCategory(beer.name().toUpperCase(), true))
                .satisfies(e -> assertThat(e.entry()).isEqualTo(DuplicateEntryException.Entry.CATEGORY_NAME));
        assertThat(catalog.changeCategory(beer.id(), beer.name() + " & cider", false).sellable()).isFalse();
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
        return catalog.searchProducts(new ProductSearch(text, categoryId, active, sellable, sort, descending, 0, 20));
    }

    private static List<UUID> ids(ProductPage page) {
        return page.items().stream().map(ProductView::id).toList();
    }

    private ProductDetail create(String sku, String name, Category category, List<String> barcodes) {
        return catalog.createProduct(new NewProduct(sku, name, null, category.id(), standard.id(), BaseUnit.BOTTLE, 0, null,
                null, barcodes, Map.of(PriceLevel.LEVEL_1, new BigDecimal("25000.10"))));
    }

    /** History from before today can only have been written earlier: it goes straight into the table. */
    private void pastPrice(UUID productId, PriceLevel level, String amount, LocalDate validFrom) {
        dsl.execute("insert into catalog.price (product_id, level, amount, valid_from, recorded_at, recorded_by) "
                + "values (?, ?, ?::numeric, ?, now() - interval '10 days', 'earlier')", productId, level.name(), amount, validFrom);
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
