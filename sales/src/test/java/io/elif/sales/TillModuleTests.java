package io.elif.sales;

import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.PayAtCompletion;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.application.ReturnContainers;
import io.elif.sales.application.RunTill;
import io.elif.sales.application.TakePayment;
import io.elif.sales.application.TillReport;
import io.elif.sales.application.TillSessionSearch;
import io.elif.sales.application.TillSessionView;
import io.elif.sales.domain.CashCount;
import io.elif.sales.domain.ContainerReturn;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.Till;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tills on the real catalogue and inventory against a real PostgreSQL: cash goes through the taker's open session,
 * openings and closings under concurrency counted exactly, and the Z report to the unit.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class TillModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("till_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    AdministerTills administerTills;

    @Autowired
    RunTill runTill;

    @Autowired
    FindTills findTills;

    @Autowired
    CreateSale createSale;

    @Autowired
    TakePayment takePayment;

    @Autowired
    RegisterCustomer registerCustomer;

    @Autowired
    ReturnContainers returnContainers;

    @Autowired
    DSLContext dsl;

    SaleModuleSupport support;

    @BeforeEach
    void support() {
        support = new SaleModuleSupport(catalog, inventory, administerTills, runTill, findTills);
    }

    @Test
    void everyTenantStartsWithTillOne() {
        assertThat(findTills.tills()).extracting(Till::code).contains("TILL-1");
    }

    /**
     * A session's day: a float of 50,000; 4 bottles sold for cash (13,200 with their deposits, 20,000 handed over), 2
     * to a bar by card (6,600), 2 empties brought back (600 refunded in cash), 1,000 put in, 2,500 taken out: 61,100
     * expected; 61,000 counted is 100 short. The Z report says so to the unit.
     */
    @Test
    void theLedgerExpectsWhatCameInAndWentOutAndTheZReportAddsUpTheDocuments() {
        var clerk = "clerk-" + SaleModuleSupport.unique();
        var beer = support.beer();
        support.returnable(beer);
        support.receive(beer.product(), 20);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_1, 30, new BigDecimal("100000")), true);
        var session = runTill.open(till().id(), new BigDecimal("50000"), clerk).session();

        var cashSale = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 4)),
                List.of(), true, pay(PaymentMethod.CASH, "20000")), clerk, false);
        createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 2)), List.of(), true,
                pay(PaymentMethod.CARD, "6600")), clerk, false);
        var bottles = returnContainers.balances(bar.id()).getFirst().containerTypeId();
        var returned = returnContainers.record(bar.id(), null, List.of(new ContainerReturn.Counted(bottles, 2)), clerk);
        runTill.move(session.id(), TillMovement.Kind.PAID_IN, new BigDecimal("1000"), "change from the bank", clerk, false);
        runTill.move(session.id(), TillMovement.Kind.PAID_OUT, new BigDecimal("2500"), "window cleaner", clerk, false);

        assertThat(cashSale.payable()).isEqualByComparingTo("13200");
        assertThat(returned.refundTotal()).isEqualByComparingTo("600");
        var open = findTills.current(clerk).orElseThrow();
        assertThat(open.ledger().expected()).isEqualByComparingTo("61100");
        assertThat(open.movements()).extracting(TillMovement::kind, TillMovement::amount).containsExactly(
                tuple(TillMovement.Kind.FLOAT, new BigDecimal("50000.00")),
                tuple(TillMovement.Kind.PAYMENT, new BigDecimal("13200.00")),
                tuple(TillMovement.Kind.REFUND, new BigDecimal("-600.00")),
                tuple(TillMovement.Kind.PAID_IN, new BigDecimal("1000.00")),
                tuple(TillMovement.Kind.PAID_OUT, new BigDecimal("-2500.00")));
        assertThat(open.movements().get(2).reference()).isEqualTo(returned.number());
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> runTill.move(session.id(),
                        TillMovement.Kind.PAID_OUT, new BigDecimal("61101"), "too much", clerk, false))
                .satisfies(e -> assertThat(e.field()).contains("amount"));

        var closed = runTill.close(session.id(), List.of(new CashCount.Denomination(new BigDecimal("10000"), 6),
                new CashCount.Denomination(new BigDecimal("1000"), 1), new CashCount.Denomination(new BigDecimal("500"), 0)),
                null, clerk, false);

        assertThat(closed.session().state()).isEqualTo(TillSession.State.CLOSED);
        assertThat(closed.session().closing().expected()).isEqualByComparingTo("61100");
        assertThat(closed.session().closing().counted()).isEqualByComparingTo("61000");
        assertThat(closed.session().closing().difference()).isEqualByComparingTo("-100");
        assertThat(findTills.session(session.id(), clerk, false).session()).isEqualTo(closed.session());
        var report = findTills.report(session.id(), "manager", true);
        assertThat(report.sales()).isEqualTo(new TillReport.Sales(2, new BigDecimal("18000.00"),
                new BigDecimal("3000.00"), new BigDecimal("15000.00")));
        assertThat(report.payments()).containsExactly(
                new TillReport.MethodTotal(PaymentMethod.CARD, 1, new BigDecimal("6600.00")),
                new TillReport.MethodTotal(PaymentMethod.CASH, 1, new BigDecimal("13200.00")));
        assertThat(report.depositsTaken()).isEqualByComparingTo("1800");
        assertThat(report.depositsReturned()).isEqualByComparingTo("600");
        assertThat(report.cash().openingFloat()).isEqualByComparingTo("50000");
        assertThat(report.cash().payments()).isEqualByComparingTo("13200");
        assertThat(report.cash().refunds()).isEqualByComparingTo("600");
        assertThat(report.cash().paidIn()).isEqualByComparingTo("1000");
        assertThat(report.cash().paidOut()).isEqualByComparingTo("2500");
        assertThat(report.session().closing().difference()).isEqualByComparingTo("-100");
        var listed = findTills.search(new TillSessionSearch(null, clerk, null, null, null, 0, 10), "manager", true);
        assertThat(listed.items()).singleElement().satisfies(item -> {
            assertThat(item.expected()).isEqualByComparingTo("61100");
            assertThat(item.difference()).isEqualByComparingTo("-100");
        });

        // a closed session takes no cash: the clerk's next cash sale is refused
        var sales = count("sales.sale");
        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                List.of(LineRequest.of(beer.product(), null, 1)), List.of(), true, pay(PaymentMethod.CASH, "3300")),
                clerk, false));
        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> runTill.move(session.id(),
                TillMovement.Kind.PAID_IN, new BigDecimal("1"), "late", clerk, false));
        assertThat(count("sales.sale")).isEqualTo(sales);
    }

    /** Cash without an open session: 409 till-closed and nothing written; a card needs no till. */
    @Test
    void cashWithoutAnOpenSessionIsRefusedAndWritesNothing() {
        var clerk = "clerk-" + SaleModuleSupport.unique();
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 10);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_1, 30, new BigDecimal("100000")), true);
        var sales = count("sales.sale");
        var returns = count("sales.container_return");
        var payments = count("sales.payment");
        var movements = count("sales.till_movement");

        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), null, 2)), List.of(), true, pay(PaymentMethod.CASH, "6600")),
                        clerk, false))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("till-closed");
                    assertThat(e.getMessage()).contains("open a till session first");
                });
        var onCredit = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 2)),
                List.of(), true, pay(PaymentMethod.CARD, "1000")), clerk, false);   // 6,600 with the deposits
        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> takePayment.onSale(onCredit.id(),
                new PaymentRequest(PaymentMethod.CASH, new BigDecimal("1000"), null), clerk));
        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> takePayment.onAccount(bar.id(),
                new PaymentRequest(PaymentMethod.CASH, new BigDecimal("1000"), null), clerk));

        // the bar paid the deposits of its 2 bottles: taking one back refunds 300 in cash, which needs a till
        assertThatExceptionOfType(TillClosedException.class).isThrownBy(() -> returnContainers.record(bar.id(), null,
                List.of(new ContainerReturn.Counted(returnables.bottles(), 1)), clerk));

        assertThat(count("sales.container_return")).isEqualTo(returns);
        assertThat(count("sales.sale")).isEqualTo(sales + 1);
        assertThat(count("sales.payment")).isEqualTo(payments + 1);
        assertThat(count("sales.till_movement")).isEqualTo(movements);
        assertThat(support.onHand(beer.product())).isEqualTo(8);
    }

    /** 10 clerks open one till at once: one session, 9 refusals; one clerk opening 5 tills at once: one session. */
    @Test
    void concurrentOpeningsOpenOneSession() throws InterruptedException {
        var till = till();
        var clerks = new AtomicInteger();
        var opened = Collections.synchronizedList(new ArrayList<TillSessionView>());
        var prefix = "clerk-" + SaleModuleSupport.unique() + "-";

        var failures = SaleModuleSupport.race(10, () -> opened.add(runTill.open(till.id(), new BigDecimal("1000"),
                prefix + clerks.getAndIncrement())));

        assertThat(opened).hasSize(1);
        assertThat(failures).hasSize(9).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(TillSessionOpenException.class,
                        refusal -> assertThat(refusal.parameters()).containsEntry("conflict", "TILL")));

        var clerk = "clerk-" + SaleModuleSupport.unique();
        var tills = new ArrayList<Till>();
        for (int i = 0; i < 5; i++) {
            tills.add(till());
        }
        var next = new AtomicInteger();
        var mine = Collections.synchronizedList(new ArrayList<TillSessionView>());
        var refused = SaleModuleSupport.race(5, () -> mine.add(runTill.open(tills.get(next.getAndIncrement()).id(),
                BigDecimal.ZERO, clerk)));
        assertThat(mine).hasSize(1);
        assertThat(refused).hasSize(4).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(TillSessionOpenException.class,
                        refusal -> assertThat(refusal.parameters()).containsEntry("conflict", "CLERK")));
        assertThat(dsl.fetchCount(DSL.table("sales.till_session"), DSL.field("clerk").eq(clerk))).isEqualTo(1);
    }

    /** One session closed from 10 threads with 10 different counts: closed once, every answer the same closing. */
    @Test
    void concurrentClosesCloseOnce() throws InterruptedException {
        var clerk = "clerk-" + SaleModuleSupport.unique();
        var session = runTill.open(till().id(), new BigDecimal("5000"), clerk).session();
        var figures = new AtomicInteger(5000);
        var answers = Collections.synchronizedList(new ArrayList<TillSession>());

        var failures = SaleModuleSupport.race(10, () -> answers.add(runTill.close(session.id(), null,
                BigDecimal.valueOf(figures.getAndIncrement()), clerk, false).session()));

        assertThat(failures).isEmpty();
        assertThat(answers).hasSize(10).allSatisfy(answer -> assertThat(answer.state()).isEqualTo(TillSession.State.CLOSED));
        assertThat(answers.stream().map(TillSession::closing).distinct()).hasSize(1);
        var stored = findTills.session(session.id(), clerk, false).session();
        assertThat(stored).isEqualTo(answers.getFirst());
        assertThat(stored.closing().difference()).isEqualByComparingTo(stored.closing().counted().subtract(new BigDecimal("5000")));
        // the ledger of a closed session is shut in the database too
        assertThatThrownBy(() -> dsl.execute("insert into sales.till_movement (id, session_id, kind, amount, reference, "
                + "by_user, at) values (?, ?, 'PAID_IN', 1, 'late', 'x', now())", UUID.randomUUID(), session.id()))
                .hasMessageContaining("closed");
    }

    @Test
    void aClerkSeesOnlyTheirOwnSessionsAndOpeningsAreChecked() {
        var clerk = "clerk-" + SaleModuleSupport.unique();
        var session = runTill.open(till().id(), BigDecimal.ZERO, clerk).session();

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> findTills.session(session.id(), "other", false));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> findTills.report(session.id(), "other", false));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> runTill.close(session.id(), null,
                BigDecimal.ZERO, "other", false));
        assertThat(findTills.search(new TillSessionSearch(null, clerk, null, null, null, 0, 10), "other", false).items())
                .isEmpty();
        assertThat(findTills.search(new TillSessionSearch(null, null, null, null, null, 0, 10), clerk, false).items())
                .extracting(item -> item.id()).containsExactly(session.id());
        assertThat(runTill.close(session.id(), null, BigDecimal.ZERO, "manager", true).session().closing().closed().by())
                .isEqualTo("manager");

        var retired = till();
        administerTills.change(retired.id(), retired.code(), retired.name(), false);
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> runTill.open(retired.id(),
                BigDecimal.ZERO, clerk)).satisfies(e -> assertThat(e.field()).contains("tillId"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> runTill.open(till().id(),
                new BigDecimal("0.5"), clerk)).satisfies(e -> assertThat(e.field()).contains("openingFloat"));
        assertThatExceptionOfType(DuplicateTillCodeException.class).isThrownBy(() -> administerTills.create(
                retired.code().toLowerCase(), "Again"));
    }

    private Till till() {
        return administerTills.create("T-" + SaleModuleSupport.unique(), "Counter");
    }

    private int count(String table) {
        return dsl.fetchCount(DSL.table(table));
    }

    private static PayAtCompletion pay(PaymentMethod method, String amount) {
        return new PayAtCompletion(List.of(new PaymentRequest(method, new BigDecimal(amount), null)), null);
    }
}
