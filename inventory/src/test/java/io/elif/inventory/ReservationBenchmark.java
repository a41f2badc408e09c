package io.elif.inventory;

import io.elif.catalog.Catalog;
import io.elif.testing.BenchmarkReport;
import io.elif.testing.Pgbench;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Not a test (Surefire does not pick it up by name): measures reservations per second through the
 * inventory module's API beside pgbench running the same SQL transaction against the same PostgreSQL,
 * and writes the figures into docs/benchmarks.md. Run it with {@code .ci/benchmark-reservations}.
 */
@ApplicationModuleTest
@MockitoBean(types = Catalog.class) // the catalogue's prices only matter to the stock value
class ReservationBenchmark {

    private static final String DATABASE = "inventory_benchmark";
    private static final int PRODUCTS = 10_000;
    private static final String BACK_STORE = "00000000-0000-0000-0000-000000000011";
    private static final int[] CALLERS = {1, 8, 32};
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 5);
    private static final int WARM_UP_SECONDS = 5;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "32");
    }

    @Autowired
    Inventory inventory;

    @Autowired
    DSLContext dsl;

    private List<UUID> products;

    @Test
    void measure() throws Exception {
        products = stockProducts();
        // warm-up, not measured: the JIT compiles the reservation path before the first figure is taken
        throughTheApi(4, false, WARM_UP_SECONDS);
        var rows = new ArrayList<String>();
        for (var hot : new boolean[] {true, false}) {
            for (var callers : CALLERS) {
                var api = throughTheApi(callers, hot, SECONDS);
                var pgbench = withPgbench(callers, hot);
                rows.add("| %s | %d | %.0f | %.0f | %.0f %% |".formatted(hot ? "1 hot product" : PRODUCTS + " random products",
                        callers, api, pgbench, 100 * api / pgbench));
            }
        }
        writeSection(rows);
    }

    /** Product n has the id md5(n)::uuid, which pgbench computes inline: no lookup on either side. */
    private List<UUID> stockProducts() {
        dsl.execute("create sequence if not exists public.bench_reference");
        dsl.execute("""
                insert into inventory.stock_card (product_id, on_hand)
                select md5(n::text)::uuid, 1000000000 from generate_series(1, %d) n on conflict do nothing
                """.formatted(PRODUCTS));
        dsl.execute("""
                insert into inventory.stock_balance (product_id, location_id, on_hand)
                select md5(n::text)::uuid, '%s', 1000000000 from generate_series(1, %d) n on conflict do nothing
                """.formatted(BACK_STORE, PRODUCTS));
        dsl.execute("analyze inventory.stock_card");
        dsl.execute("analyze inventory.stock_balance");
        return dsl.fetch("select md5(n::text)::uuid from generate_series(1, %d) n order by n".formatted(PRODUCTS))
                .getValues(0, UUID.class);
    }

    private double throughTheApi(int callers, boolean hot, int seconds) throws Exception {
        var done = new LongAdder();
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (var executor = Executors.newFixedThreadPool(callers)) {
            for (int caller = 0; caller < callers; caller++) {
                executor.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        var product = hot ? products.getFirst() : products.get(ThreadLocalRandom.current().nextInt(PRODUCTS));
                        inventory.reserve("B-" + UUID.randomUUID(), List.of(new ReservationLine(product, 1)));
                        done.increment();
                    }
                    return null;
                });
            }
        }
        return done.doubleValue() / seconds;
    }

    /**
     * The statements the API runs per reservation line when one balance covers it, in one transaction: record the
     * line, reserve on the product's first free balance in the warehouse (first-expired-first-out, locked, guarded),
     * record the allocation.
     */
    private double withPgbench(int callers, boolean hot) throws IOException, InterruptedException {
        return Pgbench.transactionsPerSecond(DATABASE, (hot ? "\\set n 1\n" : "\\set n random(1, " + PRODUCTS + ")\n") + """
                \\set r random(1, 1000000000000)
                BEGIN;
                INSERT INTO inventory.reservation (reference, product_id, quantity, warehouse_id)
                  SELECT 'P-' || :client_id || '-' || :r, md5(:n::text)::uuid, 1,
                         (SELECT id FROM inventory.warehouse WHERE is_default)
                  WHERE EXISTS (SELECT 1 FROM inventory.stock_card WHERE product_id = md5(:n::text)::uuid FOR UPDATE)
                  ON CONFLICT DO NOTHING;
                UPDATE inventory.stock_balance b SET reserved = b.reserved + 1
                  FROM (SELECT id FROM inventory.stock_balance
                        WHERE product_id = md5(:n::text)::uuid
                          AND location_id IN (SELECT id FROM inventory.location
                                              WHERE warehouse_id = (SELECT id FROM inventory.warehouse WHERE is_default) AND active)
                          AND on_hand - reserved > 0 AND (best_before IS NULL OR best_before >= current_date)
                        ORDER BY best_before NULLS LAST, id LIMIT 1 FOR UPDATE) first_free
                  WHERE b.id = first_free.id AND (b.may_go_negative OR b.on_hand - b.reserved >= 1)
                  RETURNING b.id AS balance \\gset
                INSERT INTO inventory.reservation_allocation (reference, product_id, balance_id, quantity)
                  VALUES ('P-' || :client_id || '-' || :r, md5(:n::text)::uuid, :balance, 1);
                END;
                """, callers, SECONDS);
    }

    private void writeSection(List<String> rows) throws IOException, InterruptedException {
        var server = dsl.fetchValue("show server_version");
        var markdown = """
                ## Reservations (issue 4)

                Measured by `.ci/benchmark-reservations` on %s, %d cores, %d s per run, PostgreSQL %s (the
                tests' PostgreSQL: embedded, or Testcontainers with Docker). "ELIF API": `Inventory.reserve` with
                one line, called in-process by that many threads, each call its own transaction through Spring,
                jOOQ and a 32-connection pool, warmed up for %d s first (not measured). "pgbench": the
                statements the API runs per line when one balance covers it (record the line and lock the stock
                card; reserve on the first free balance, first-expired-first-out, locked and guarded; record the
                allocation) as one transaction, that many connections, against the same database in the same
                run, with prepared statements (`-M prepared`) as JDBC uses them: the physical limit. Aim: the API
                reaches at least half of pgbench. pgbench's client shares the cores with the server, as the
                application does in its own run.

                | Products | Callers | ELIF API (reservations/s) | pgbench (transactions/s) | API / pgbench |
                |---|---|---|---|---|
                %s
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), SECONDS, server, WARM_UP_SECONDS,
                String.join("\n", rows));
        BenchmarkReport.writeSection("reservations", markdown);
    }
}
