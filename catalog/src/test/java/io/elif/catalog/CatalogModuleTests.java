package io.elif.catalog;

import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The catalog module alone, against a real PostgreSQL migrated with its own migrations. */
@ApplicationModuleTest
class CatalogModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("catalog_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    DSLContext dsl;

    @Test
    void announcesACreatedProduct(Scenario scenario) {
        var sku = uniqueSku();
        scenario.stimulate(() -> catalog.createProduct(newProduct(sku)))
                .andWaitForEventOfType(ProductCreated.class)
                .matching(event -> event.sku().equals(sku))
                .toArriveAndVerify((event, product) -> {
                    assertThat(event.productId()).isEqualTo(product.id());
                    assertThat(catalog.findProduct(product.id())).contains(product);
                });
    }

    @Test
    void refusesADuplicateSkuAndWritesNothing() {
        var sku = uniqueSku();
        catalog.createProduct(newProduct(sku));
        var before = catalog.countProducts();

        assertThatExceptionOfType(DuplicateSkuException.class)
                .isThrownBy(() -> catalog.createProduct(newProduct(sku.toLowerCase())))
                .satisfies(e -> assertThat(e.sku()).isEqualTo(sku));
        assertThat(catalog.countProducts()).isEqualTo(before);
    }

    @Test
    void searchesByNameSkuOrCategoryAndTakesWildcardsLiterally() {
        var marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            catalog.createProduct(new NewProduct(uniqueSku(), marker + " lemonade " + i, "Soft drinks", BaseUnit.BOTTLE,
                    new BigDecimal("1500")));
        }

        var firstPage = catalog.searchProducts(marker.toLowerCase(), 0, 2);
        var lastPage = catalog.searchProducts(marker, 2, 2);

        assertThat(firstPage.totalItems()).isEqualTo(5);
        assertThat(firstPage.totalPages()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(ProductView::name).containsExactly(marker + " lemonade 0", marker + " lemonade 1");
        assertThat(lastPage.items()).hasSize(1);
        assertThat(catalog.searchProducts(marker + "%", 0, 10).totalItems()).isZero();
        assertThat(catalog.searchProducts(marker, 9, 10).totalItems()).isEqualTo(5);
    }

    @Test
    void storesPricesAsExactDecimals() {
        var product = catalog.createProduct(new NewProduct(uniqueSku(), "Rum", "Spirits", BaseUnit.BOTTLE,
                new BigDecimal("25000.10")));

        assertThat(dsl.fetchValue("select price::text from catalog.product where id = ?", product.id()))
                .isEqualTo("25000.10");
    }

    private static NewProduct newProduct(String sku) {
        return new NewProduct(sku, "Product " + sku, "Beer", BaseUnit.BOTTLE, new BigDecimal("3500"));
    }

    private static String uniqueSku() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
