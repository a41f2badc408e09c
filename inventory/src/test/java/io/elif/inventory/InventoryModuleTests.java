package io.elif.inventory;

import io.elif.inventory.application.ReceiveStock;
import io.elif.catalog.Catalog;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.ProductCreated;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory module alone, against a real PostgreSQL migrated with its own migrations. */
@ApplicationModuleTest
@MockitoBean(types = Catalog.class) // the catalogue's prices only matter to the stock value
class InventoryModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("inventory_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Inventory inventory;

    @Autowired
    ReceiveStock receiveStock;

    @Autowired
    DSLContext dsl;

    @Test
    void opensAnEmptyStockRecordForANewProduct(Scenario scenario) {
        var product = UUID.randomUUID();
        scenario.publish(new ProductCreated(product, "THB-65", "THB 65cl", BaseUnit.BOTTLE, null, true, 0, null))
                .andWaitForStateChange(() -> inventory.stockLevel(product))
                .andVerify(level -> assertThat(level).contains(new StockLevel(product, 0, 0)));
    }

    @Test
    void aRepeatedEventKeepsTheStockAlreadyBooked(Scenario scenario) {
        var product = UUID.randomUUID();
        receiveStock.receive(product, 24, "D-1");
        var event = new ProductCreated(product, "COKE-33", "Coca-Cola", BaseUnit.CAN, null, true, 0, null);

        for (int delivery = 1; delivery <= 2; delivery++) {
            scenario.publish(event)
                    .andWaitForStateChange(() -> inventory.stockLevel(product))
                    .andVerify(level -> assertThat(level).contains(new StockLevel(product, 24, 0)));
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("inventory.stock_card").where("product_id = ?", product))).isOne();
    }

    @Test
    void concurrentReceiptsAllCountAndTheLevelEqualsItsLedger() throws Exception {
        var product = UUID.randomUUID();
        int callers = 16;
        int receiptsEach = 25;
        try (var executor = Executors.newFixedThreadPool(callers)) {
            var results = new ArrayList<Future<?>>();
            for (int caller = 0; caller < callers; caller++) {
                results.add(executor.submit((Callable<Void>) () -> {
                    for (int i = 0; i < receiptsEach; i++) {
                        receiveStock.receive(product, 2, "D-concurrent");
                    }
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }

        long expected = 2L * callers * receiptsEach;
        assertThat(inventory.stockLevel(product)).contains(new StockLevel(product, expected, 0));
        assertThat(dsl.fetchValue("select sum(quantity) from inventory.stock_movement where product_id = ?", product))
                .isEqualTo(java.math.BigDecimal.valueOf(expected));
    }

    @Test
    void readsTheLevelsOfAPageOfProductsInOneCall() {
        var stocked = UUID.randomUUID();
        var unknown = UUID.randomUUID();
        receiveStock.receive(stocked, 6, "D-2");

        assertThat(inventory.stockLevels(java.util.List.of(stocked, unknown))).containsExactly(new StockLevel(stocked, 6, 0));
    }
}
