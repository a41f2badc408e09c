package io.elif.inventory;

import io.elif.catalog.Catalog;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many storekeepers and clerks at once: every balance still equals its ledger, and each document posts once. */
@ApplicationModuleTest
@MockitoBean(types = Catalog.class) // the catalogue's prices only matter to the stock value
class ConcurrentStockWorkModuleTests {

    private static final int WORKERS = 12;
    private static final int ROUNDS = 40;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("inventory_concurrency").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Inventory inventory;

    @Autowired
    WarehouseAdministration administration;

    @Autowired
    StockTransfers transfers;

    @Autowired
    Stocktakes stocktakes;

    @Test
    void concurrentReceiptsIssuesTransfersAndAdjustmentsKeepEveryBalanceEqualToItsLedger() throws Exception {
        var products = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var main = administration.warehouses().getFirst();
        var depot = administration.createWarehouse("CC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "Depot", false);
        var mainLocation = defaultLocation(main);
        var depotLocation = defaultLocation(depot);
        var today = LocalDate.now();
        var start = new CountDownLatch(1);
        var work = new ArrayList<Callable<Void>>();
        for (int worker = 0; worker < WORKERS; worker++) {
            var role = worker % 4;
            work.add(() -> {
                start.await();
                var random = ThreadLocalRandom.current();
                for (int round = 0; round < ROUNDS; round++) {
                    var product = products.get(random.nextInt(products.size()));
                    var reference = "W-" + UUID.randomUUID();
                    try {
                        switch (role) {
                            case 0 -> {
                                var lot = random.nextInt(3);
                                inventory.receive(new GoodsReceipt(mainLocation, reference, "receiver", List.of(
                                        new ReceiptLine(product, 5, null, "L" + lot, today.plusDays(30 + lot)))));
                            }
                            case 1 -> {
                                var other = products.get(random.nextInt(products.size()));
                                inventory.reserve(reference, List.of(new ReservationLine(product, 1 + random.nextInt(6)),
                                        new ReservationLine(other, 1 + random.nextInt(6))));
                                inventory.issue(reference);
                            }
                            case 2 -> {
                                var sent = transfers.send(new Transfer.Request(mainLocation, depotLocation, null, "mover",
                                        List.of(new ReservationLine(product, 2))));
                                transfers.receive(sent.id(), "depot");
                            }
                            default -> inventory.adjust(new StockAdjustment(product, -1, AdjustmentReason.BREAKAGE, null,
                                    "clerk", mainLocation, null));
                        }
                    } catch (InsufficientStockException tooLittleLeft) {
                        // refused whole: the consistency check below proves nothing of it was booked
                    }
                }
                return null;
            });
        }
        try (var executor = Executors.newFixedThreadPool(WORKERS)) {
            var futures = work.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(inventory.checkConsistency()).isEmpty();
        for (var product : products) {
            var stock = inventory.productStock(product).orElseThrow();
            assertThat(stock.balances()).allSatisfy(balance -> assertThat(balance.onHand()).isNotNegative());
            assertThat(stock.inTransit()).isZero();
        }
    }

    @Test
    void aStocktakeApprovedByTwoManagersAtOncePostsItsVarianceOnce() throws Exception {
        var product = UUID.randomUUID();
        var location = defaultLocation(administration.warehouses().getFirst());
        inventory.receive(new GoodsReceipt(location, "D-count", "receiver", List.of(new ReceiptLine(product, 10, null, "L-C", null))));
        var sheet = stocktakes.start(location, true, "counter");
        stocktakes.count(sheet.id(), List.of(new Stocktake.Count(product, "L-C", 7)));
        stocktakes.submit(sheet.id(), "counter");

        var approved = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<?>>();
            for (int manager = 0; manager < 4; manager++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    try {
                        stocktakes.approve(sheet.id(), "manager");
                        approved.incrementAndGet();
                    } catch (StockStateException alreadyApproved) {
                        // the others find it approved
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(approved.get()).isOne();
        assertThat(inventory.stockLevel(product).orElseThrow().onHand()).isEqualTo(7);
        assertThat(inventory.movements(product, 10)).filteredOn(movement -> movement.kind() == MovementKind.STOCKTAKE)
                .singleElement().satisfies(movement -> assertThat(movement.quantity()).isEqualTo(-3));
    }

    private static UUID defaultLocation(Warehouse warehouse) {
        return warehouse.locations().stream().filter(Warehouse.Location::isDefault).findFirst().orElseThrow().id();
    }
}
