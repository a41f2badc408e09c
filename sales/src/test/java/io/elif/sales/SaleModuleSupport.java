package io.elif.sales;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.EmptiesCount;
import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.ReceiptLine;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.RunTill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Products, prices and stock for the sales module tests, through the catalogue's and inventory's APIs; open till
 * sessions for the clerks who take cash.
 */
record SaleModuleSupport(Catalog catalog, Inventory inventory, AdministerTills tills, RunTill runTill,
                         FindTills findTills) {

    /**
     * Cash goes through a till: gives each clerk an open session (on a till of their own, float 0) unless they have
     * one already.
     */
    void tillsOpen(String... clerks) {
        for (var clerk : clerks) {
            if (findTills.current(clerk).isEmpty()) {
                var till = tills.create("T-" + unique(), "Till of " + clerk);
                runTill.open(till.id(), BigDecimal.ZERO, clerk);
            }
        }
    }

    record Beer(UUID product, UUID crate) {
    }

    UUID category(boolean sellable) {
        return catalog.createCategory("Drinks " + unique(), sellable);
    }

    UUID vat20() {
        return catalog.createTaxClass("VAT 20 " + unique(), new BigDecimal("20"));
    }

    /** A beer sold by the bottle (level 1: 3,000) and by the crate of 24 (level 2: 60,000). */
    Beer beer() {
        var product = product(BaseUnit.BOTTLE, Map.of(PriceLevel.LEVEL_1, new BigDecimal("3000")), true);
        var crate = catalog.addPack(product, new NewPack("Crate of 24", 24, null,
                Map.of(PriceLevel.LEVEL_2, new BigDecimal("60000"))), Catalog.SYSTEM);
        return new Beer(product, crate);
    }

    /**
     * The container types of the beer: a crate carries 1 crate (3,000) and 24 bottles (300 each), a bottle sold alone
     * 1 bottle.
     */
    record Returnables(UUID crates, UUID bottles) {
    }

    Returnables returnable(Beer beer) {
        var crates = catalog.createContainerType("CR-" + unique(), "Crate", ContainerKind.CRATE, new BigDecimal("3000"));
        var bottles = catalog.createContainerType("BT-" + unique(), "Bottle", ContainerKind.BOTTLE, new BigDecimal("300"));
        catalog.attachContainers(beer.product(), beer.crate(), List.of(new ContainerQuantity(crates, 1),
                new ContainerQuantity(bottles, 24)));
        catalog.attachContainers(beer.product(), null, List.of(new ContainerQuantity(bottles, 1)));
        return new Returnables(crates, bottles);
    }

    /** The empties of a container type standing in any warehouse. */
    long empties(UUID containerTypeId) {
        return inventory.empties().stream().flatMap(warehouse -> warehouse.empties().stream())
                .filter(count -> count.containerTypeId().equals(containerTypeId)).mapToLong(EmptiesCount::quantity).sum();
    }

    UUID product(BaseUnit unit, Map<PriceLevel, BigDecimal> prices, boolean sellable) {
        var sku = "P-" + unique();
        return catalog.createProduct(new NewProduct(sku, "Product " + sku, "", category(sellable), vat20(), unit, 0, null,
                "", List.of(), prices), Catalog.SYSTEM);
    }

    void receive(UUID product, long quantity) {
        inventory.receive(new GoodsReceipt(null, "D-" + unique(), "receiver",
                List.of(new ReceiptLine(product, quantity, new BigDecimal("1000"), "", null))));
    }

    long onHand(UUID product) {
        return inventory.stockLevel(product).orElseThrow().onHand();
    }

    long reserved(UUID product) {
        return inventory.stockLevel(product).orElseThrow().reserved();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Runs the work on {@code threads} threads released at once; what each threw. */
    static List<Throwable> race(int threads, ThrowingRunnable work) throws InterruptedException {
        var start = new CountDownLatch(1);
        var failures = Collections.synchronizedList(new ArrayList<Throwable>());
        try (var executor = Executors.newFixedThreadPool(threads)) {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                results.add(executor.submit((Callable<Void>) () -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        return failures;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
