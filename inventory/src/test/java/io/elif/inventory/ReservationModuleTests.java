package io.elif.inventory;

import io.elif.inventory.application.ReceiveStock;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.when;

/** Reservations never oversell, never reserve twice, and never deadlock, under concurrent callers. */
@ApplicationModuleTest
@MockitoBean(types = Catalog.class) // the catalogue's prices only matter to the stock value
class ReservationModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("inventory_reservations").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Inventory inventory;

    @Autowired
    ReceiveStock receiveStock;

    @Autowired
    Catalog catalog;

    @Autowired
    DSLContext dsl;

    @Test
    void twoHundredConcurrentSingleUnitReservationsAgainstAHundredUnits() throws Exception {
        var product = stocked(100);
        var reserved = new AtomicInteger();
        var refused = new AtomicInteger();
        var start = new CountDownLatch(1);
        var references = Collections.synchronizedList(new ArrayList<String>());
        try (var executor = Executors.newFixedThreadPool(32)) {
            var calls = new ArrayList<Callable<Void>>();
            for (int order = 0; order < 200; order++) {
                var reference = "S-" + UUID.randomUUID();
                calls.add(() -> {
                    start.await();
                    try {
                        inventory.reserve(reference, List.of(new ReservationLine(product, 1)));
                        reserved.incrementAndGet();
                        references.add(reference);
                    } catch (InsufficientStockException e) {
                        assertThat(e.productId()).isEqualTo(product);
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
            var futures = calls.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(reserved).hasValue(100);
        assertThat(refused).hasValue(100);
        assertThat(inventory.stockLevel(product).orElseThrow().available()).isZero();

        references.forEach(inventory::issue);
        assertThat(inventory.stockLevel(product)).contains(new StockLevel(product, 0, 0));
        assertThat(ledgerOf(product)).isZero();
        assertThat(inventory.checkConsistency()).noneMatch(discrepancy -> discrepancy.productId().equals(product));
    }

    @Test
    void overlappingMultiLineReservationsInRandomOrderNeverDeadlock() throws Exception {
        var products = new ArrayList<UUID>();
        for (int i = 0; i < 6; i++) {
            products.add(stocked(10_000));
        }
        var random = new Random(42);
        var orders = new ArrayList<List<ReservationLine>>();
        for (int order = 0; order < 400; order++) {
            var chosen = new ArrayList<>(products);
            Collections.shuffle(chosen, random);
            orders.add(chosen.subList(0, 3).stream().map(product -> new ReservationLine(product, 1 + random.nextInt(3))).toList());
        }
        try (var executor = Executors.newFixedThreadPool(16)) {
            var futures = orders.stream()
                    .map(lines -> executor.submit(() -> inventory.reserve("S-" + UUID.randomUUID(), lines)))
                    .toList();
            for (var future : futures) {
                future.get();
            }
        }

        for (var product : products) {
            long requested = orders.stream().flatMap(List::stream)
                    .filter(line -> line.productId().equals(product)).mapToLong(ReservationLine::quantity).sum();
            assertThat(inventory.stockLevel(product).orElseThrow().reserved()).isEqualTo(requested);
        }
    }

    @Test
    void aMultiLineReservationIsAllOrNothing() {
        var plenty = stocked(50);
        var scarce = stocked(2);

        assertThatExceptionOfType(InsufficientStockException.class)
                .isThrownBy(() -> inventory.reserve("S-all-or-nothing", List.of(new ReservationLine(plenty, 5),
                        new ReservationLine(scarce, 3))))
                .satisfies(e -> {
                    assertThat(e.productId()).isEqualTo(scarce);
                    assertThat(e.available()).isEqualTo(2);
                });
        assertThat(inventory.stockLevel(plenty).orElseThrow().reserved()).isZero();
        assertThat(inventory.stockLevel(scarce).orElseThrow().reserved()).isZero();
    }

    @Test
    void aRepeatedReservationReservesOnceAndAReusedReferenceIsRefused() {
        var product = stocked(10);
        var lines = List.of(new ReservationLine(product, 4));

        inventory.reserve("S-repeat", lines);
        inventory.reserve("S-repeat", lines);

        assertThat(inventory.stockLevel(product).orElseThrow().reserved()).isEqualTo(4);
        assertThatExceptionOfType(ReservationConflictException.class)
                .isThrownBy(() -> inventory.reserve("S-repeat", List.of(new ReservationLine(product, 5))));
    }

    @Test
    void releaseGivesTheStockBackOnceAndIssueBooksItOut() {
        var product = stocked(10);
        inventory.reserve("S-release", List.of(new ReservationLine(product, 3)));
        inventory.reserve("S-issue", List.of(new ReservationLine(product, 4)));

        inventory.release("S-release");
        inventory.release("S-release");
        inventory.issue("S-issue");
        inventory.issue("S-issue");

        assertThat(inventory.stockLevel(product)).contains(new StockLevel(product, 6, 0));
        assertThat(ledgerOf(product)).isEqualTo(6);
    }

    @Test
    void anIssueAnswersTheMovingAverageCostOfItsMoment() {
        when(catalog.settings()).thenReturn(new CatalogSettings("MGA", true, false));
        var product = UUID.randomUUID();
        var backStore = UUID.fromString("00000000-0000-0000-0000-000000000011");
        inventory.receive(new GoodsReceipt(backStore, "GR-cost-1", "test",
                List.of(new ReceiptLine(product, 10, new BigDecimal("100"), "", null))));
        inventory.reserve("S-cost-1", List.of(new ReservationLine(product, 4)));
        var first = inventory.issue("S-cost-1");
        inventory.receive(new GoodsReceipt(backStore, "GR-cost-2", "test",
                List.of(new ReceiptLine(product, 6, new BigDecimal("130"), "", null))));
        inventory.reserve("S-cost-2", List.of(new ReservationLine(product, 3)));

        var second = inventory.issue("S-cost-2");

        // 6 left at 100 and 6 received at 130: (600 + 780) / 12 = 115
        assertThat(first).containsExactly(new IssuedStock(product, 4, new BigDecimal("100.0000")));
        assertThat(second).containsExactly(new IssuedStock(product, 3, new BigDecimal("115.0000")));
        assertThat(inventory.issue("S-cost-2")).isEmpty();
    }

    @Test
    void theConsistencyCheckFindsABalanceThatLeftItsLedger() {
        var product = stocked(10);
        inventory.reserve("S-check", List.of(new ReservationLine(product, 2)));
        assertThat(inventory.checkConsistency()).noneMatch(discrepancy -> discrepancy.productId().equals(product));

        dsl.execute("update inventory.stock_balance set on_hand = on_hand + 1 where product_id = ?", product);

        var backStore = UUID.fromString("00000000-0000-0000-0000-000000000011");
        assertThat(inventory.checkConsistency()).contains(new LedgerDiscrepancy(product, backStore, "", 11, 10, 2, 2),
                new LedgerDiscrepancy(product, null, "", 10, 11, 0, 0));
        dsl.execute("update inventory.stock_balance set on_hand = on_hand - 1 where product_id = ?", product);
    }

    @Test
    void aProductWithoutStockCannotBeReserved() {
        var unknown = UUID.randomUUID();

        assertThatExceptionOfType(InsufficientStockException.class)
                .isThrownBy(() -> inventory.reserve("S-none", List.of(new ReservationLine(unknown, 1))))
                .satisfies(e -> assertThat(e.available()).isZero());
    }

    private UUID stocked(long quantity) {
        var product = UUID.randomUUID();
        receiveStock.receive(product, quantity, "OPENING");
        return product;
    }

    private long ledgerOf(UUID product) {
        var sum = dsl.fetchValue("select sum(quantity) from inventory.stock_movement where product_id = ?", product);
        return ((BigDecimal) sum).longValueExact();
    }
}
