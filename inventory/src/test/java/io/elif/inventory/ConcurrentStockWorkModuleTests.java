package io.elif.inventory;

import io.elif.inventory.application.FindStock;
import io.elif.inventory.application.AdjustStock;
import io.elif.inventory.application.CountStock;
import io.elif.inventory.application.TransferStock;
import io.elif.inventory.application.AdministerWarehouses;
import io.elif.inventory.domain.AdjustmentReason;
import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.StockAdjustment;
import io.elif.inventory.domain.Stocktake;
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
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Many storekeepers and clerks at once: every balance still equals its ledger, and each document posts once. */
@ApplicationModuleTest
@MockitoBean(types = Catalog.class) // the catalogue's prices only matter to the stock value
class ConcurrentStockWorkModuleTests {

    private static final int WORKERS = 12;
    private static final int ROUNDS = 40;
    /** The kinds of work, one per worker in turn. */
    private static final int RECEIPT = 0, ISSUE = 1, TRANSFER = 2, ADJUSTMENT = 3, KINDS = 4;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("inventory_concurrency").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Inventory inventory;

    @Autowired
    AdjustStock adjustStock;

    @Autowired
    FindStock findStock;

    @Autowired
    AdministerWarehouses administration;

    @Autowired
    TransferStock transfers;

    @Autowired
    CountStock stocktakes;

    @Test
    void concurrentReceiptsIssuesTransfersAndAdjustmentsKeepEveryBalanceEqualToItsLedger() throws Exception {
        var products = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var main = administration.warehouses().getFirst();
        var depot = administration.createWarehouse("CC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "Depot", false);
        var mainLocation = defaultLocation(main);
        var depotLocation = defaultLocation(depot);
        var today = LocalDate.now();
        var start = new CountDownLatch(1);
        var succeeded = new AtomicIntegerArray(KINDS);
        var refused = new AtomicIntegerArray(KINDS);
        var issuedUnits = new AtomicLong();
        var work = new ArrayList<Callable<Void>>();
        for (int worker = 0; worker < WORKERS; worker++) {
            var kind = worker % KINDS;
            work.add(() -> {
                start.await();
                var random = ThreadLocalRandom.current();
                for (int round = 0; round < ROUNDS; round++) {
                    var product = products.get(random.nextInt(products.size()));
                    var reference = "W-" + UUID.randomUUID();
                    try {
                        switch (kind) {
                            case RECEIPT -> {
                                var lot = random.nextInt(3);
                                inventory.receive(new GoodsReceipt(mainLocation, reference, "receiver", List.of(
                                        new ReceiptLine(product, 5, null, "L" + lot, today.plusDays(30 + lot)))));
                            }
                            case ISSUE -> {
                                var other = products.get(random.nextInt(products.size()));
                                var lines = List.of(new ReservationLine(product, 1 + random.nextInt(6)),
                                        new ReservationLine(other, 1 + random.nextInt(6)));
                                inventory.reserve(reference, lines);
                                inventory.issue(reference);
                                issuedUnits.addAndGet(lines.stream().mapToLong(ReservationLine::quantity).sum());
                            }
                            case TRANSFER -> {
                                var sent = transfers.send(new NewTransfer(mainLocation, depotLocation, null, "mover",
                                        List.of(new ReservationLine(product, 2))));
                                transfers.receive(sent.id(), "depot");
                            }
                            default -> adjustStock.adjust(new StockAdjustment(product, -1, AdjustmentReason.BREAKAGE, null,
                                    "clerk", mainLocation, null));
                        }
                        succeeded.incrementAndGet(kind);
                    } catch (InsufficientStockException tooLittleLeft) {
                        assertThat(products).contains(tooLittleLeft.productId());
                        assertThat(tooLittleLeft.available()).isLessThan(tooLittleLeft.requested());
                        refused.incrementAndGet(kind);
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

        int attemptsPerKind = WORKERS / KINDS * ROUNDS;
        for (int kind = 0; kind < KINDS; kind++) {
            assertThat(succeeded.get(kind) + refused.get(kind)).as("attempts of kind %d", kind).isEqualTo(attemptsPerKind);
        }
        assertThat(succeeded.get(RECEIPT)).as("receipts are never refused").isEqualTo(attemptsPerKind);
        // what was booked is exactly what succeeded: received, less issued, less broken; transfers move, never add
        long onHand = 0;
        for (var product : products) {
            var stock = findStock.productStock(product).orElseThrow();
            assertThat(stock.balances()).allSatisfy(balance -> assertThat(balance.onHand()).isNotNegative());
            assertThat(stock.inTransit()).isZero();
            onHand += stock.onHand();
        }
        assertThat(onHand).isEqualTo(5L * succeeded.get(RECEIPT) - issuedUnits.get() - succeeded.get(ADJUSTMENT));
        assertThat(inventory.checkConsistency()).isEmpty();
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
        var refused = new AtomicInteger();
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
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(approved).hasValue(1);
        assertThat(refused).hasValue(3);
        assertThat(inventory.stockLevel(product).orElseThrow().onHand()).isEqualTo(7);
        assertThat(findStock.movements(product, 10)).filteredOn(movement -> movement.kind() == MovementKind.STOCKTAKE)
                .singleElement().satisfies(movement -> assertThat(movement.quantity()).isEqualTo(-3));
    }

    private static UUID defaultLocation(Warehouse warehouse) {
        return warehouse.locations().stream().filter(Warehouse.Location::isDefault).findFirst().orElseThrow().id();
    }
}
