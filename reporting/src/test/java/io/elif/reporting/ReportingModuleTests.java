package io.elif.reporting;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.kernel.MoneyUnit;
import io.elif.reporting.application.ReadAccounts;
import io.elif.reporting.application.ReadDashboard;
import io.elif.reporting.application.ReadSalesReport;
import io.elif.reporting.application.RecordSales;
import io.elif.reporting.application.RebuildReadModels;
import io.elif.reporting.application.ReportRow;
import io.elif.reporting.application.SalesFigures;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Dimension;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.Grouping;
import io.elif.reporting.domain.Period;
import io.elif.reporting.domain.ReportQuery;
import io.elif.reporting.domain.ReportSort;
import io.elif.sales.ContainersReturned;
import io.elif.sales.DepositLine;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.testing.QueryCounter;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Reporting fed through its listeners by the events sales publishes, against a real PostgreSQL (catalogue,
 * inventory, sales and reporting migrated by their own migrations). Every figure is checked against a computation of
 * the test's own from the source documents ({@link SourceBook}), on data with the traps the replaced system fell into.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ReportingModuleTests {

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
        TestPostgres.shared().dataSourceProperties("reporting_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The module test's business day (ModuleTestApplication's clock, in Antananarivo): Wednesday 18 March 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReadDashboard readDashboard;

    @Autowired
    SalesFigures salesFigures;

    @Autowired
    Catalog catalog;

    @Autowired
    ReadSalesReport readSalesReport;

    @Autowired
    RecordSales recordSales;

    @Autowired
    ReadAccounts readAccounts;

    @Autowired
    RebuildReadModels rebuildReadModels;

    @Autowired
    DeliveredEvents delivered;

    @Autowired
    DSLContext dsl;

    @Test
    void theDashboardAgreesToTheUnitWithTheSalesDocumentsAndCountsEachEventOnce() {
        var unit = new MoneyUnit(catalog.settings().moneyScale());
        var book = new SourceBook(unit);
        var beer = UUID.randomUUID();
        var soda = UUID.randomUUID();
        var crate = UUID.randomUUID();
        var bar = UUID.randomUUID();
        var shop = UUID.randomUUID();
        var walkIn = UUID.randomUUID();
        var depot = UUID.randomUUID();

        // DOMAIN.md's counter sale: 3 crates of 24 and 6 cans, two payments, 32,200 left owed (partly paid)
        var counter = book.sale("S-2026-000101", bar, "alice", depot, TODAY, Instant.parse("2026-03-18T05:00:00Z"),
                List.of(book.line(beer, crate, 3, 24, "60000", "20", "1800"), book.line(soda, null, 6, 1, "2000", "20",
                        "1000.3333")), "10200");
        // the crate's price changed mid-period: 62,000 now; unpaid, and its cost is the average of its own moment
        var unpaid = book.sale("S-2026-000102", shop, "bob", depot, TODAY, Instant.parse("2026-03-18T05:30:00Z"),
                List.of(book.line(beer, crate, 1, 24, "62000", "20", "1950")), "0");
        // yesterday's walk-in sale, paid in full, then partly returned today
        var walkInSale = book.sale("S-2026-000099", walkIn, "alice", depot, YESTERDAY,
                Instant.parse("2026-03-17T08:00:00Z"), List.of(book.line(soda, null, 10, 1, "2000", "20", "1000.3333")),
                "0");
        // half past midnight in Antananarivo is still the 16th in UTC: the business date decides, the 17th
        var afterMidnight = book.sale("S-2026-000098", shop, "bob", depot, YESTERDAY,
                Instant.parse("2026-03-16T21:30:00Z"), List.of(book.line(soda, null, 2, 1, "2000", "20", "1000.3333")),
                "0");
        // last month, same stretch
        var february = book.sale("S-2026-000050", bar, "carol", depot, LocalDate.of(2026, 2, 10),
                Instant.parse("2026-02-10T08:00:00Z"), List.of(book.line(beer, crate, 1, 24, "60000", "20", "1800")), "0");

        deliver(counter, counter, unpaid, walkInSale, afterMidnight, february,
                // a cancelled order was never completed: nothing counts
                new SaleCancelled(UUID.randomUUID(), "S-2026-000103", bar, depot, TODAY, "manager",
                        Instant.parse("2026-03-18T05:40:00Z"), true));
        awaitTaken(counter.saleId(), unpaid.saleId(), walkInSale.saleId(), afterMidnight.saleId(),
                february.saleId());

        var returned = book.returnOf(walkInSale, "R-2026-000004", TODAY, soda, 4, "8000");
        var cash = book.payment(counter, "CASH", "150000", "alice", TODAY);
        var card = book.payment(counter, "CARD", "20000", "alice", TODAY);
        var walkInCash = book.payment(walkInSale, "CASH", "20000", "alice", YESTERDAY);
        var februaryTransfer = book.payment(february, "BANK_TRANSFER", "60000", "carol", LocalDate.of(2026, 2, 10));
        var onAccount = book.payment(unpaid, "MOBILE_MONEY", "30000", "carol", TODAY);
        deliver(returned, cash, card, walkInCash, februaryTransfer, onAccount, returned, cash);
        awaitTaken(returned.returnId(), cash.paymentId(), card.paymentId(), walkInCash.paymentId(),
                februaryTransfer.paymentId(), onAccount.paymentId());

        var dashboard = readDashboard.dashboard();

        assertThat(dashboard.today()).isEqualTo(TODAY);
        for (var period : dashboard.periods()) {
            assertThat(period.currentFigures()).as(period.period() + " now")
                    .isEqualTo(book.figures(period.current()));
            assertThat(period.previousFigures()).as(period.period() + " before")
                    .isEqualTo(book.figures(period.previous()));
            assertThat(period.paymentsReceived()).as(period.period() + " paid now")
                    .isEqualByComparingTo(book.paid(period.current()));
            assertThat(period.previousPaymentsReceived()).as(period.period() + " paid before")
                    .isEqualByComparingTo(book.paid(period.previous()));
        }
        assertThat(dashboard.owed()).isEqualByComparingTo(book.owed());
        // the worked figures, by hand: today 160,000 + 51,667 - 6,667 net; owed 32,200 + 32,000 + 4,000
        var today = dashboard.periods().getFirst();
        assertThat(today.period()).isEqualTo(Period.TODAY);
        assertThat(today.currentFigures().revenue()).isEqualByComparingTo("205000");
        assertThat(today.currentFigures().salesCount()).isEqualTo(2);
        assertThat(today.previousFigures().salesCount()).isEqualTo(2);
        assertThat(dashboard.owed()).isEqualByComparingTo("68200");
        assertThat(today.topProducts()).extracting(top -> top.productId()).containsExactly(beer, soda);
        assertThat(today.topProducts().getFirst().figures()).isEqualTo(book.productFigures(beer, today.current()));
        assertThat(today.topProducts().get(1).figures()).isEqualTo(book.productFigures(soda, today.current()));
        var month = dashboard.periods().get(2);
        assertThat(month.previous()).isEqualTo(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 18)));
        assertThat(month.previousFigures().salesCount()).isOne();

        // the clerk's own day: alice's counter sale, less the return of her sale of yesterday, and her payments
        var alice = readDashboard.clerkDay("alice");
        assertThat(alice.figures()).isEqualTo(book.clerkFigures("alice", new DateRange(TODAY, TODAY)));
        assertThat(alice.payments()).extracting(payment -> payment.method() + " " + payment.amount().toPlainString())
                .containsExactly("CARD 20000.00", "CASH 150000.00");

        // the sales report reads the same rollups: its rows add up to the dashboard's, and both to the documents
        var march = new DateRange(LocalDate.of(2026, 3, 1), TODAY);
        var byDay = readSalesReport.report(new ReportQuery(march, Grouping.DAY, null, null, ReportSort.KEY, false));
        assertThat(byDay.rows()).extracting(ReportRow::key).containsExactly("2026-03-17", "2026-03-18");
        assertThat(byDay.rows()).extracting(ReportRow::figures).containsExactly(
                book.figures(new DateRange(YESTERDAY, YESTERDAY)), book.figures(new DateRange(TODAY, TODAY)));
        assertThat(byDay.total()).isEqualTo(book.figures(march)).isEqualTo(month.currentFigures());
        var byProduct = readSalesReport.report(new ReportQuery(march, Grouping.PRODUCT, null, null, ReportSort.REVENUE,
                true));
        assertThat(byProduct.rows()).extracting(ReportRow::key).containsExactly(beer.toString(), soda.toString());
        assertThat(byProduct.rows()).extracting(ReportRow::figures)
                .containsExactly(book.productFigures(beer, march), book.productFigures(soda, march));
        assertThat(sumOf(byProduct.rows())).isEqualTo(withoutCount(byDay.total()));
        var byClerk = readSalesReport.report(new ReportQuery(march, Grouping.CLERK, null, null, ReportSort.MARGIN,
                false));
        assertThat(byClerk.rows()).extracting(ReportRow::key, ReportRow::figures).containsExactlyInAnyOrder(
                tuple("alice", book.clerkFigures("alice", march)), tuple("bob", book.clerkFigures("bob", march)));
        var first = byClerk.rows().getFirst().figures().margin();
        assertThat(first).isLessThanOrEqualTo(byClerk.rows().getLast().figures().margin());
        var beerByMonth = readSalesReport.report(new ReportQuery(new DateRange(LocalDate.of(2026, 2, 1), TODAY),
                Grouping.MONTH, Dimension.PRODUCT, beer.toString(), ReportSort.KEY, false));
        assertThat(beerByMonth.rows()).extracting(ReportRow::key, ReportRow::figures).containsExactly(
                tuple("2026-02-01", book.productFigures(beer, new DateRange(LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28)))),
                tuple("2026-03-01", book.productFigures(beer, march)));

        // one statement per figure family: settings, totals, payments, best sellers, owed
        assertThat(queries.count(readDashboard::dashboard)).isEqualTo(5);
        assertThat(queries.count(() -> readDashboard.clerkDay("alice"))).isEqualTo(3);
        // a report: its rows (one statement, read by a cursor), the settings and the range's total
        assertThat(queries.count(() -> readSalesReport.report(new ReportQuery(march, Grouping.PRODUCT, null, null,
                ReportSort.KEY, false)))).isEqualTo(3);

        // a rebuilt read model equals the incrementally fed one (the twice delivered events are booked once again)
        var fed = readModelRows();
        var rebuilt = rebuildReadModels.rebuild();
        assertThat(readModelRows()).isEqualTo(fed);
        assertThat(rebuilt.salesCompleted()).isGreaterThanOrEqualTo(6);
        assertThat(readDashboard.dashboard()).isEqualTo(dashboard);
    }

    @Test
    void aReturnDeliveredBeforeItsSaleWaitsAndCountsOnceItArrives() {
        var unit = new MoneyUnit(catalog.settings().moneyScale());
        var book = new SourceBook(unit);
        var day = LocalDate.of(2025, 6, 2);
        var range = new DateRange(day, day);
        var product = UUID.randomUUID();
        var clerk = "clerk-" + UUID.randomUUID();
        var sale = book.sale("S-2025-000001", UUID.randomUUID(), clerk, UUID.randomUUID(), day,
                Instant.parse("2025-06-02T08:00:00Z"), List.of(book.line(product, null, 3, 1, "1000", "0", "333.3333")),
                "0");
        var first = book.returnOf(sale, "R-2025-000001", day, product, 1, "0");
        var second = book.returnOf(sale, "R-2025-000002", day, product, 2, "0");

        // the return overtook its sale: taken, parked, nothing counted yet
        deliver(first);
        awaitTaken(first.returnId());
        assertThat(rowsOf("parked_return", "return_id = '" + first.returnId() + "'")).isOne();
        assertThat(salesFigures.of(Dimension.CLERK, clerk, range).salesCount()).isZero();

        deliver(sale, sale, first, second, second);
        awaitTaken(sale.saleId(), second.returnId());
        await().atMost(Duration.ofSeconds(10)).until(() -> salesFigures.of(Dimension.CLERK, clerk, range)
                .equals(book.clerkFigures(clerk, range)));

        assertThat(rowsOf("parked_return", "sale_id = '" + sale.saleId() + "'")).isZero();
        // everything came back: no quantity, revenue or cost is left, whatever the rounding of each return's share
        assertThat(salesFigures.of(Dimension.PRODUCT, product.toString(), range))
                .isEqualTo(new Figures(0, new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), 1));
    }

    /** Ten threads deliver the same sale at once: one books it, nine find it taken; its figures count once. */
    @Test
    void theSameEventDeliveredConcurrentlyCountsOnce() throws Exception {
        var book = new SourceBook(new MoneyUnit(catalog.settings().moneyScale()));
        var day = LocalDate.of(2025, 9, 1);
        var clerk = "clerk-" + UUID.randomUUID();
        var sale = book.sale("S-2025-000777", UUID.randomUUID(), clerk, UUID.randomUUID(), day,
                Instant.parse("2025-09-01T08:00:00Z"), List.of(book.line(UUID.randomUUID(), null, 4, 1, "1500", "20",
                        "700")), "0");
        int threads = 10;
        var start = new CountDownLatch(1);
        var booked = new AtomicInteger();
        var taken = new AtomicInteger();
        try (var executor = Executors.newFixedThreadPool(threads)) {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    (recordSales.completed(sale) ? booked : taken).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }

        // paid, so that what customers owe (every day's) stays the other tests' own
        var payment = book.payment(sale, "CASH", "6000", clerk, day);
        recordSales.paid(payment);
        delivered.add(sale);
        delivered.add(payment);
        assertThat(booked.get()).isOne();
        assertThat(taken.get()).isEqualTo(threads - 1);
        assertThat(rowsOf("processed_event", "document_id = '" + sale.saleId() + "'")).isOne();
        assertThat(salesFigures.of(Dimension.CLERK, clerk, new DateRange(day, day)))
                .isEqualTo(book.clerkFigures(clerk, new DateRange(day, day)));
    }

    /**
     * What customers owe, aged by each sale's due date, against the test's own sums from the documents: sales
     * unpaid, partly paid, partly returned, fully paid, due 20 days ahead to 170 days ago, a payment with a part
     * allocated to no sale, and the same report on an earlier day, before some of it happened.
     */
    @Test
    void whatCustomersOweIsAgedByEachSalesDueDateAsTheDocumentsSay() {
        var unit = new MoneyUnit(catalog.settings().moneyScale());
        var book = new SourceBook(unit);
        var product = UUID.randomUUID();
        var depot = UUID.randomUUID();
        var bar = UUID.randomUUID();
        var shop = UUID.randomUUID();
        // after the other tests' today, so that the dashboard's money owed there stays theirs
        var asOf = LocalDate.of(2027, 9, 30);
        // SourceBook's sales fall due 30 days after their business day
        var notYetDue = book.sale("S-2027-001001", bar, "alice", depot, asOf.minusDays(10),
                Instant.parse("2027-09-20T08:00:00Z"), List.of(book.line(product, null, 5, 1, "1000", "20", "500")), "300");
        var late20 = book.sale("S-2027-001002", bar, "alice", depot, asOf.minusDays(50),
                Instant.parse("2027-08-11T08:00:00Z"), List.of(book.line(product, null, 10, 1, "1000", "20", "500")), "0");
        var late50 = book.sale("S-2027-001003", bar, "bob", depot, asOf.minusDays(80),
                Instant.parse("2027-07-12T08:00:00Z"), List.of(book.line(product, null, 8, 1, "1000", "20", "500")), "0");
        var late80 = book.sale("S-2027-001004", bar, "bob", depot, asOf.minusDays(110),
                Instant.parse("2027-06-12T08:00:00Z"), List.of(book.line(product, null, 3, 1, "1000", "20", "500")), "0");
        var late170 = book.sale("S-2027-001005", shop, "bob", depot, asOf.minusDays(200),
                Instant.parse("2027-03-14T08:00:00Z"), List.of(book.line(product, null, 7, 1, "1000", "20", "500")), "0");
        var paidUp = book.sale("S-2027-001006", shop, "bob", depot, asOf.minusDays(5),
                Instant.parse("2027-09-25T08:00:00Z"), List.of(book.line(product, null, 2, 1, "1000", "20", "500")), "0");
        deliver(notYetDue, late20, late50, late80, late170, paidUp);
        awaitTaken(notYetDue.saleId(), late20.saleId(), late50.saleId(), late80.saleId(), late170.saleId(),
                paidUp.saleId());
        // partly paid; partly returned with a refund; paid in full; a payment of 1,500 with 500 allocated to no sale
        var part = book.payment(late20, "CASH", "4000", "alice", asOf.minusDays(20));
        var returned = book.returnOf(late50, "R-2027-001001", asOf.minusDays(2), product, 3, "0");
        var full = book.payment(paidUp, "CARD", "2000", "bob", asOf.minusDays(5));
        var beyond = book.payment(shop, "BANK_TRANSFER", "1500", "carol", asOf.minusDays(1),
                java.util.Map.of(late170, "1000"));
        deliver(part, returned, full, beyond, beyond);
        awaitTaken(part.paymentId(), returned.returnId(), full.paymentId(), beyond.paymentId());

        for (var day : List.of(asOf, asOf.minusDays(3), asOf.plusDays(45))) {
            var report = readAccounts.debts(day);
            for (var customer : List.of(bar, shop)) {
                var row = report.rows().stream().filter(debt -> debt.customerId().equals(customer)).findFirst()
                        .orElseThrow();
                var expected = book.aged(customer, day);
                assertThat(List.of(row.current(), row.days1To30(), row.days31To60(), row.days61To90(), row.over90(),
                        row.unallocated(), row.total())).as(customer + " on " + day)
                        .usingElementComparator(BigDecimal::compareTo).containsExactly(expected);
            }
        }
        // by hand, on the day: bar 5,300 current, 6,000 1-30 days late, 5,000 31-60, 3,000 61-90; shop 6,000 over
        // 90 and 500 paid beyond any sale
        var bars = readAccounts.debts(asOf).rows().stream().filter(debt -> debt.customerId().equals(bar)).findFirst()
                .orElseThrow();
        assertThat(bars.current()).isEqualByComparingTo("5300");
        assertThat(bars.days1To30()).isEqualByComparingTo("6000");
        assertThat(bars.days31To60()).isEqualByComparingTo("5000");
        assertThat(bars.days61To90()).isEqualByComparingTo("3000");
        assertThat(bars.openSales()).isEqualTo(4);
        var shops = readAccounts.debts(asOf).rows().stream().filter(debt -> debt.customerId().equals(shop))
                .findFirst().orElseThrow();
        assertThat(shops.over90()).isEqualByComparingTo("6000");
        assertThat(shops.unallocated()).isEqualByComparingTo("-500");
        assertThat(shops.total()).isEqualByComparingTo("5500");
        assertThat(shops.openSales()).isEqualTo(1);
    }

    /**
     * Sales by category: a product's category when it was sold decides, also for its later returns after it moved
     * to another category; the rows are the test's own sums of the documents and add up to the total.
     */
    @Test
    void salesByCategoryFollowTheProductsCategoryWhenSold() {
        var unit = new MoneyUnit(catalog.settings().moneyScale());
        var book = new SourceBook(unit);
        // after the other tests' today, so that the dashboard's money owed there stays theirs
        var day = LocalDate.of(2027, 11, 4);
        var range = new DateRange(day, day);
        var beers = UUID.randomUUID();
        var sodas = UUID.randomUUID();
        var lager = UUID.randomUUID();
        var stout = UUID.randomUUID();
        var cola = UUID.randomUUID();
        // the catalogue's events, as the rebuild replays them too (oldest first: the category of each moment)
        deliver(new ProductCreated(lager, "LAG-" + lager, "Lager", BaseUnit.BOTTLE, beers, true, 0, null),
                new ProductCreated(stout, "STO-" + stout, "Stout", BaseUnit.BOTTLE, beers, true, 0, null),
                new ProductCreated(cola, "COL-" + cola, "Cola", BaseUnit.CAN, sodas, true, 0, null));
        awaitCategory(lager, beers);
        awaitCategory(stout, beers);
        awaitCategory(cola, sodas);
        var clerk = "clerk-" + UUID.randomUUID();
        var mixed = book.sale("S-2027-002001", UUID.randomUUID(), clerk, UUID.randomUUID(), day,
                Instant.parse("2027-11-04T08:00:00Z"), List.of(book.line(lager, null, 6, 1, "3000", "20", "1800"),
                        book.line(stout, null, 2, 1, "3500", "20", "2100"),
                        book.line(cola, null, 10, 1, "2000", "20", "1000.5")), "0");
        var colaOnly = book.sale("S-2027-002002", UUID.randomUUID(), clerk, UUID.randomUUID(), day,
                Instant.parse("2027-11-04T09:00:00Z"), List.of(book.line(cola, null, 3, 1, "2000", "20", "1000.5")),
                "0");
        deliver(mixed, colaOnly);
        awaitTaken(mixed.saleId(), colaOnly.saleId());
        // the lager moves to the sodas' category, then 2 of the 6 sold come back: they leave the beers' row
        deliver(new ProductChanged(lager, "LAG-" + lager, "Lager", BaseUnit.BOTTLE, sodas, true, 0, null));
        awaitCategory(lager, sodas);
        var returned = book.returnOf(mixed, "R-2027-002001", day, lager, 2, "0");
        deliver(returned);
        awaitTaken(returned.returnId());

        var report = readSalesReport.report(new ReportQuery(range, Grouping.CATEGORY, null, null, ReportSort.KEY,
                false));
        var rows = report.rows().stream().collect(Collectors.toMap(ReportRow::key, ReportRow::figures));
        assertThat(rows.get(beers.toString())).isEqualTo(book.productsFigures(java.util.Set.of(lager, stout), range));
        assertThat(rows.get(sodas.toString())).isEqualTo(book.productsFigures(java.util.Set.of(cola), range));
        assertThat(rows.get(sodas.toString()).salesCount()).isEqualTo(2);
        assertThat(rows.get(beers.toString()).quantity()).isEqualTo(6);
    }

    /**
     * The containers a customer holds, per type and day, against the sums of the documents' own figures: a sale
     * consigning, leaving due and exchanging crates and bottles, a return of goods taking some back, and a return of
     * empties settling and refunding others.
     */
    @Test
    void theContainersACustomerHoldsFollowSalesReturnsAndEmptiesBack() {
        var unit = new MoneyUnit(catalog.settings().moneyScale());
        var book = new SourceBook(unit);
        var customer = UUID.randomUUID();
        var depot = UUID.randomUUID();
        var product = UUID.randomUUID();
        var crate = UUID.randomUUID();
        var bottle = UUID.randomUUID();
        var sold = LocalDate.of(2027, 5, 3);
        var goodsBack = sold.plusDays(1);
        var emptiesBack = sold.plusDays(2);
        var plain = book.sale("S-2027-003001", customer, "alice", depot, sold, Instant.parse("2027-05-03T08:00:00Z"),
                List.of(book.line(product, null, 6, 1, "3000", "20", "1800")), "0");
        var crates = new DepositLine(crate, "CRATE", new BigDecimal("3000"), 6, 3, 1, 2, new BigDecimal("9000"));
        var bottles = new DepositLine(bottle, "BTL", new BigDecimal("500"), 10, 10, 0, 0, new BigDecimal("5000"));
        var sale = new SaleCompleted(plain.saleId(), plain.number(), customer, "alice", "alice", depot, sold,
                plain.completedAt(), plain.lines(), plain.total(), plain.tax(), plain.net(), List.of(crates, bottles),
                new BigDecimal("14000"), sold.plusDays(30));
        var takenBack = book.returnOf(plain, "R-2027-003001", goodsBack, product, 2, "0");
        var goods = new ReturnAccepted(takenBack.returnId(), takenBack.number(), sale.saleId(), sale.number(),
                customer, depot, goodsBack, "manager", takenBack.at(), takenBack.lines(), takenBack.total(),
                takenBack.tax(), new BigDecimal("3000"), BigDecimal.ZERO,
                List.of(new ReturnAccepted.Container(crate, "CRATE", new BigDecimal("3000"), 1, 1)));
        var empties = new ContainersReturned(UUID.randomUUID(), "E-2027-000001", customer, depot, emptiesBack,
                "manager", Instant.parse("2027-05-05T08:00:00Z"),
                List.of(new ContainersReturned.Line(crate, "CRATE", 2, 1, 1, new BigDecimal("3000")),
                        new ContainersReturned.Line(bottle, "BTL", 4, 0, 4, new BigDecimal("2000"))),
                new BigDecimal("5000"));
        deliver(sale, goods, empties, empties, goods);
        awaitTaken(sale.saleId(), goods.returnId(), empties.returnId());

        // the day of the sale: what it carried
        assertThat(held(customer, sold)).containsExactly(
                "BTL " + bottles.consigned() + " " + bottles.due() + " " + bottles.amount().setScale(2),
                "CRATE " + crates.consigned() + " " + crates.due() + " " + crates.amount().setScale(2));
        // two days on: less what came back with the goods (at the sale's unit deposit) and as empties
        var goodsCrate = goods.containers().getFirst();
        var emptyCrates = empties.lines().get(0);
        var emptyBottles = empties.lines().get(1);
        assertThat(held(customer, emptiesBack)).containsExactly(
                "BTL " + (bottles.consigned() - emptyBottles.refunded()) + " " + (bottles.due() - emptyBottles.settled())
                        + " " + bottles.amount().subtract(emptyBottles.refund()).setScale(2),
                "CRATE " + (crates.consigned() - goodsCrate.consigned() - emptyCrates.refunded()) + " "
                        + (crates.due() - goodsCrate.due() - emptyCrates.settled()) + " "
                        + crates.amount().subtract(goodsCrate.unitDeposit().multiply(BigDecimal.valueOf(
                        goodsCrate.consigned()))).subtract(emptyCrates.refund()).setScale(2));
        // by hand: one crate consigned (3,000 held), none due; six bottles (3,000 held)
        assertThat(held(customer, emptiesBack)).containsExactly("BTL 6 0 3000.00", "CRATE 1 0 3000.00");
    }

    private List<String> held(UUID customer, LocalDate day) {
        return readAccounts.containers(day).rows().stream().filter(row -> row.customerId().equals(customer))
                .map(row -> row.code() + " " + row.consigned() + " " + row.due() + " " + row.depositsHeld())
                .toList();
    }

    /** The rows' figures added up; the sales count left out (a sale of two products is a row of each). */
    private static Figures sumOf(List<ReportRow> rows) {
        return rows.stream().map(row -> withoutCount(row.figures())).reduce(new Figures(0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0), (a, b) -> new Figures(a.quantity() + b.quantity(),
                a.revenue().add(b.revenue()), a.tax().add(b.tax()), a.cost().add(b.cost()), 0));
    }

    private static Figures withoutCount(Figures figures) {
        return new Figures(figures.quantity(), figures.revenue(), figures.tax(), figures.cost(), 0);
    }

    private void deliver(Object... events) {
        for (var event : events) {
            delivered.add(event);
            transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        }
    }

    private void awaitTaken(UUID... documents) {
        var ids = java.util.Arrays.stream(documents).map(id -> "'" + id + "'").collect(Collectors.joining(","));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> rowsOf("processed_event", "document_id in (" + ids + ")") == documents.length);
    }

    /** Every row of the rollups and of what returns need, in key order, as text. */
    private List<String> readModelRows() {
        var rows = new ArrayList<String>();
        for (var table : List.of("daily_sales order by dimension, day, key", "daily_payments order by day, method, taken_by",
                "sale order by sale_id", "sale_product order by sale_id, product_id",
                "debt_sale order by sale_id", "debt_change order by customer_id, sale_id, day, amount",
                "container_change order by customer_id, container_type_id, day, consigned, due, deposits",
                "processed_event order by document_id, kind")) {
            dsl.fetch("select * from reporting." + table).forEach(row -> rows.add(table.split(" ")[0] + " "
                    + (table.startsWith("processed_event") ? row.get(0) + " " + row.get(1) : row.intoList())));
        }
        return rows;
    }

    private void awaitCategory(UUID product, UUID category) {
        await().atMost(Duration.ofSeconds(10)).until(() -> rowsOf("product",
                "product_id = '" + product + "' and category_id = '" + category + "'") == 1);
    }

    private int rowsOf(String table, String condition) {
        return dsl.fetchCount(dsl.selectFrom("reporting." + table).where(condition));
    }
}
