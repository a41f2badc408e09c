package io.elif.purchasing;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.Inventory;
import io.elif.purchasing.application.AdministerSuppliers;
import io.elif.purchasing.application.ChangePurchaseOrder;
import io.elif.purchasing.application.CreatePurchaseOrder;
import io.elif.purchasing.application.DeliveryLineRequest;
import io.elif.purchasing.application.FindPurchaseOrders;
import io.elif.purchasing.application.OrderLineRequest;
import io.elif.purchasing.application.ReceiveDelivery;
import io.elif.purchasing.domain.PurchaseOrderState;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchasing module on the real catalogue and inventory (their migrations too) and the kernel's number series,
 * against a real PostgreSQL: an order received through a delivery books stock and publishes GoodsReceived.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PurchasingModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("purchasing_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    AdministerSuppliers suppliers;

    @Autowired
    CreatePurchaseOrder createOrder;

    @Autowired
    ChangePurchaseOrder changeOrder;

    @Autowired
    FindPurchaseOrders findOrders;

    @Autowired
    ReceiveDelivery receive;

    @Test
    void aConfirmedDeliveryBooksStockAtTheOrdersCostAndPublishesGoodsReceived(Scenario scenario) {
        var unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var category = catalog.createCategory("Beer " + unique, true);
        var tax = catalog.createTaxClass("VAT 20 " + unique, new BigDecimal("20"));
        var product = catalog.createProduct(new NewProduct("P-" + unique, "Beer " + unique, "", category, tax, BaseUnit.BOTTLE,
                0, null, "", List.of(), Map.of(PriceLevel.LEVEL_1, new BigDecimal("3000"))), Catalog.SYSTEM);
        var crate = catalog.addPack(product, new NewPack("Crate of 24", 24, null, Map.of()), Catalog.SYSTEM);
        var supplier = suppliers.register(new Supplier.SupplierDetails("S-" + unique, "Star " + unique, null, null, null,
                null, null, null, null));
        suppliers.addProduct(supplier.id(), product, crate, new SupplierProduct.Terms("", new BigDecimal("48000"), 1, 1, 2, true));
        var order = createOrder.create(new CreatePurchaseOrder.NewOrder(supplier.id(), null, null, null,
                List.of(new OrderLineRequest(product, crate, 2, null))), "buyer").order();
        changeOrder.send(order.id(), "buyer");
        var delivery = receive.record(new ReceiveDelivery.NewDelivery(order.id(), null, "BL-1",
                List.of(new DeliveryLineRequest(1, null, null, 2, null, "L1", null, "", null))), "storekeeper", false);

        scenario.stimulate(() -> receive.confirm(delivery.id(), null, "storekeeper", false))
                .andWaitForEventOfType(GoodsReceived.class)
                .matching(event -> event.deliveryId().equals(delivery.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.orderNumber()).isEqualTo(order.number());
                    assertThat(event.supplierId()).isEqualTo(supplier.id());
                    assertThat(event.lines()).singleElement().satisfies(line -> {
                        assertThat(line.packs()).isEqualTo(2);
                        assertThat(line.baseUnits()).isEqualTo(48);
                        assertThat(line.unitCost()).isEqualByComparingTo("48000");
                        assertThat(line.amount()).isEqualByComparingTo("96000");
                    });
                });

        assertThat(inventory.stockLevel(product).orElseThrow().onHand()).isEqualTo(48);
        assertThat(findOrders.byId(order.id()).order().state()).isEqualTo(PurchaseOrderState.RECEIVED);
    }
}
