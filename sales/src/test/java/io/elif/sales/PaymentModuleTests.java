package io.elif.sales;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.ChangeSale;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.RunTill;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.CustomerView;
import io.elif.sales.application.FindPayments;
import io.elif.sales.application.FindSales;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.PayAtCompletion;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.application.SaleSearch;
import io.elif.sales.application.SaleSummary;
import io.elif.sales.application.TakePayment;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.Payment;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.Sale;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Payments, the credit limit and the customer's account on the real catalogue and inventory, against a real
 * PostgreSQL: owed derived from allocations, concurrency counted exactly.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PaymentModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("payment_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    RegisterCustomer registerCustomer;

    @Autowired
    CreateSale createSale;

    @Autowired
    ChangeSale changeSale;

    @Autowired
    TakePayment takePayment;

    @Autowired
    FindSales findSales;

    @Autowired
    FindPayments findPayments;

    @Autowired
    DSLContext dsl;

    @Autowired
    AdministerTills administerTills;

    @Autowired
    RunTill runTill;

    @Autowired
    FindTills findTills;

    SaleModuleSupport support;

    @BeforeEach
    void support() {
        support = new SaleModuleSupport(catalog, inventory, administerTills, runTill, findTills);
        support.tillsOpen("clerk", "cashier");
    }

    /** DOMAIN.md's worked example, money part before deposits: 192,000 asked, 150,000 cash, 42,000 owed in 30 days. */
    @Test
    void theWorkedExamplePaysPartInCashAndOwesTheRestInThirtyDays(PublishedEvents events) {
        var beer = support.beer();
        var soda = support.product(BaseUnit.CAN, Map.of(PriceLevel.LEVEL_1, new BigDecimal("2200"),
                PriceLevel.LEVEL_2, new BigDecimal("2000")), true);
        support.receive(beer.product(), 72);
        support.receive(soda, 6);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, 30, new BigDecimal("100000")), true);

        var sale = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), beer.crate(), 3),
                LineRequest.of(soda, null, 6)), List.of(), true, pay(cash("150000"))), "clerk", false);

        assertThat(sale.payable()).isEqualByComparingTo("192000");
        var money = findPayments.ofSale(sale.id());
        assertThat(money.paid()).isEqualByComparingTo("150000");
        assertThat(money.owed()).isEqualByComparingTo("42000");
        assertThat(money.dueDate()).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(money.paymentStatus()).isEqualTo(PaymentStatus.PARTLY_PAID);
        assertThat(money.creditOverride()).isNull();
        assertThat(money.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(payment.amount()).isEqualByComparingTo("150000");
            assertThat(payment.tendered()).isEqualByComparingTo("150000");
            assertThat(payment.change()).isZero();
            assertThat(payment.by()).isEqualTo("clerk");
        });
        var received = events.ofType(PaymentReceived.class).matching(event -> event.customerId().equals(bar.id()));
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.method()).isEqualTo("CASH");
            assertThat(event.amount()).isEqualByComparingTo("150000");
            assertThat(event.allocations()).containsExactly(new PaymentReceived.Allocation(sale.id(),
                    new BigDecimal("150000.00")));
            assertThat(event.takenBy()).isEqualTo("clerk");
            assertThat(event.businessDate()).isEqualTo(LocalDate.now());
        });

        var rest = takePayment.onSale(sale.id(), new PaymentRequest(PaymentMethod.MOBILE_MONEY, new BigDecimal("42000"),
                "MP261203.1234.A"), "cashier");
        assertThat(rest.allocations()).containsExactly(new Payment.Allocation(sale.id(), new BigDecimal("42000.00")));
        assertThat(findPayments.ofSale(sale.id()).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(findPayments.ofSale(sale.id()).owed()).isZero();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> takePayment.onSale(sale.id(),
                        new PaymentRequest(PaymentMethod.CASH, new BigDecimal("1000"), null), "cashier"))
                .satisfies(e -> assertThat(e.getMessage()).contains("nothing is owed"));
    }

    /** 20 card payments of 5,000 at once on a sale owing 42,000: exactly 8 taken, 12 refused, never more than owed. */
    @Test
    void concurrentPaymentsOnOneSaleNeverExceedWhatItOwes() throws InterruptedException {
        var beer = support.beer();
        support.receive(beer.product(), 14);
        var bar = customer("100000", 30);
        var sale = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 14)), true),
                "clerk", false);
        var taken = Collections.synchronizedList(new ArrayList<Payment>());

        var failures = SaleModuleSupport.race(20, () -> taken.add(takePayment.onSale(sale.id(),
                new PaymentRequest(PaymentMethod.CARD, new BigDecimal("5000"), null), "cashier")));

        assertThat(taken).hasSize(8);
        assertThat(failures).hasSize(12).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).contains("amount");
                    assertThat(refusal.getMessage()).contains("2000.00");
                }));
        var money = findPayments.ofSale(sale.id());
        assertThat(money.paid()).isEqualByComparingTo("40000");
        assertThat(money.owed()).isEqualByComparingTo("2000");
        assertThat(money.payments()).hasSize(8);
    }

    /** Two orders of 6,000 completed at once for a customer given 10,000 of credit: one completes, one is refused. */
    @Test
    void concurrentCompletionsThatFitTheLimitAloneButNotTogetherAreRefusedOnce() throws InterruptedException {
        var beer = support.beer();
        support.receive(beer.product(), 4);
        var bar = customer("10000", 30);
        var orders = new ArrayList<Sale>();
        for (int i = 0; i < 2; i++) {
            var order = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 2)),
                    false), "clerk", false);
            changeSale.confirm(order.id(), "clerk");
            orders.add(order);
        }
        var completed = Collections.synchronizedList(new ArrayList<Sale>());
        var next = new java.util.concurrent.atomic.AtomicInteger();

        var failures = SaleModuleSupport.race(2, () -> completed.add(changeSale.complete(orders.get(next.getAndIncrement()).id(), "driver")));

        assertThat(completed).hasSize(1);
        assertThat(failures).singleElement().isInstanceOfSatisfying(CreditLimitException.class, refusal -> {
            assertThat(refusal.parameters()).containsEntry("creditLimit", "10000.00")
                    .containsEntry("openBalance", "6000.00").containsEntry("unpaid", "6000.00")
                    .containsEntry("excess", "2000.00");
        });
        var refused = orders.stream().filter(order -> !order.id().equals(completed.getFirst().id())).findFirst().orElseThrow();
        assertThat(support.onHand(beer.product())).isEqualTo(2);
        assertThat(findPayments.account(bar.id()).totalOwed()).isEqualByComparingTo("6000");

        var overridden = changeSale.complete(refused.id(), "manager",
                new PayAtCompletion(List.of(), "pays at the end of the month"), true);
        var money = findPayments.ofSale(overridden.id());
        assertThat(money.creditOverride().reason()).isEqualTo("pays at the end of the month");
        assertThat(money.creditOverride().by()).isEqualTo("manager");
        assertThat(money.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(findPayments.account(bar.id()).totalOwed()).isEqualByComparingTo("12000");
    }

    /** A payment on account goes to the oldest open sale first; the account derives owed, overdue days and ageing. */
    @Test
    void aPaymentOnAccountSettlesTheOldestSaleFirstAndTheAccountAgesWhatIsOwed() {
        var beer = support.beer();
        support.receive(beer.product(), 20);
        var bar = customer("100000", 30);
        var oldest = sell(bar, beer, 3, cash("1000"));    // 9,000: owes 8,000
        var middle = sell(bar, beer, 2, null);            // 6,000
        var newest = sell(bar, beer, 1, null);            // 3,000
        // the oldest fell due 45 days ago, the middle one 5 days ago
        dsl.update(DSL.table("sales.sale")).set(DSL.field("due_date"), LocalDate.now().minusDays(45))
                .where(DSL.field("id").eq(oldest.id())).execute();
        dsl.update(DSL.table("sales.sale")).set(DSL.field("due_date"), LocalDate.now().minusDays(5))
                .where(DSL.field("id").eq(middle.id())).execute();

        var before = findPayments.account(bar.id());
        assertThat(before.totalOwed()).isEqualByComparingTo("17000");
        assertThat(before.openSales()).extracting(line -> line.saleId())
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(before.openSales()).extracting(line -> line.daysOverdue()).containsExactly(45, 5, 0);
        assertThat(before.ageing().current()).isEqualByComparingTo("3000");
        assertThat(before.ageing().days1To30()).isEqualByComparingTo("6000");
        assertThat(before.ageing().days31To60()).isEqualByComparingTo("8000");
        assertThat(before.ageing().over90()).isZero();

        var payment = takePayment.onAccount(bar.id(), new PaymentRequest(PaymentMethod.CASH, new BigDecimal("20000"),
                null), "cashier");

        assertThat(payment.amount()).isEqualByComparingTo("17000");
        assertThat(payment.change()).isEqualByComparingTo("3000");
        assertThat(payment.allocations()).containsExactly(
                new Payment.Allocation(oldest.id(), new BigDecimal("8000.00")),
                new Payment.Allocation(middle.id(), new BigDecimal("6000.00")),
                new Payment.Allocation(newest.id(), new BigDecimal("3000.00")));
        var after = findPayments.account(bar.id());
        assertThat(after.totalOwed()).isZero();
        assertThat(after.openSales()).isEmpty();
        assertThat(after.recentPayments()).extracting(line -> line.id()).startsWith(payment.id());
        assertThat(after.recentPayments().getFirst().allocations()).extracting(line -> line.number())
                .containsExactly(oldest.number(), middle.number(), newest.number());
        assertThat(ids(bar, PaymentStatus.PAID)).containsExactlyInAnyOrder(oldest.id(), middle.id(), newest.id());
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> takePayment.onAccount(bar.id(),
                        new PaymentRequest(PaymentMethod.CARD, new BigDecimal("1"), null), "cashier"))
                .satisfies(e -> assertThat(e.getMessage()).contains("nothing is owed"));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> takePayment.onAccount(UUID.randomUUID(),
                new PaymentRequest(PaymentMethod.CARD, new BigDecimal("1"), null), "cashier"));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> findPayments.account(UUID.randomUUID()));
    }

    @Test
    void searchFindsCompletedSalesByPaymentStatus() {
        var beer = support.beer();
        support.receive(beer.product(), 10);
        var bar = customer("100000", 30);
        var unpaid = sell(bar, beer, 1, null);
        var partly = sell(bar, beer, 1, cash("1000"));
        var paid = sell(bar, beer, 1, cash("3000"));
        var draft = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                "clerk", false);

        assertThat(ids(bar, PaymentStatus.UNPAID)).containsExactly(unpaid.id());
        assertThat(ids(bar, PaymentStatus.PARTLY_PAID)).containsExactly(partly.id());
        assertThat(ids(bar, PaymentStatus.PAID)).containsExactly(paid.id());
        var all = findSales.search(new SaleSearch(null, bar.id(), null, null, null, null, 0, 10)).items();
        assertThat(all).filteredOn(summary -> summary.id().equals(partly.id())).singleElement().satisfies(summary -> {
            assertThat(summary.paid()).isEqualByComparingTo("1000");
            assertThat(summary.owed()).isEqualByComparingTo("2000");
            assertThat(summary.paymentStatus()).isEqualTo(PaymentStatus.PARTLY_PAID);
            assertThat(summary.dueDate()).isEqualTo(LocalDate.now().plusDays(30));
        });
        assertThat(all).filteredOn(summary -> summary.id().equals(draft.id())).singleElement().satisfies(summary -> {
            assertThat(summary.owed()).isNull();
            assertThat(summary.paymentStatus()).isNull();
        });
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> takePayment.onSale(draft.id(),
                new PaymentRequest(PaymentMethod.CASH, new BigDecimal("1000"), null), "cashier"));
    }

    @Test
    void aRefusedCompletionWritesNothing() {
        var beer = support.beer();
        support.receive(beer.product(), 10);
        var payments = dsl.fetchCount(DSL.table("sales.payment"));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), null, 2)), List.of(), true, pay(cash("5000"))), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("payments"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), null, 2)), List.of(), true,
                        new PayAtCompletion(List.of(), "friend")), "clerk", false))
                .satisfies(e -> {
                    assertThat(e.field()).contains("creditOverride");
                    assertThat(e.getMessage()).startsWith("only a manager");
                });

        assertThat(dsl.fetchCount(DSL.table("sales.payment"))).isEqualTo(payments);
        assertThat(support.onHand(beer.product())).isEqualTo(10);
    }

    /** The database holds the rules too: no allocation beyond what a sale asks, none on a draft, none missing. */
    @Test
    void theDatabaseRefusesAllocationsBeyondWhatASaleAsksAndPaymentsNotAllocatedInFull() {
        var beer = support.beer();
        support.receive(beer.product(), 5);
        var bar = customer("100000", 30);
        var sale = sell(bar, beer, 1, null);   // 3,000
        var draft = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                "clerk", false);

        assertThatThrownBy(() -> dsl.transaction(trx -> {
            var id = insertPayment(trx.dsl(), bar.id(), "3001");
            insertAllocation(trx.dsl(), id, sale.id(), "3001");
        })).hasMessageContaining("would be paid");
        assertThatThrownBy(() -> dsl.transaction(trx -> {
            var id = insertPayment(trx.dsl(), bar.id(), "1000");
            insertAllocation(trx.dsl(), id, draft.id(), "1000");
        })).hasMessageContaining("not completed");
        assertThatThrownBy(() -> dsl.transaction(trx -> {
            var id = insertPayment(trx.dsl(), bar.id(), "1000");
            insertAllocation(trx.dsl(), id, sale.id(), "999");
        })).hasMessageContaining("not allocated in full");
        assertThat(findPayments.ofSale(sale.id()).paid()).isZero();
    }

    private static UUID insertPayment(DSLContext trx, UUID customer, String amount) {
        var id = UUID.randomUUID();
        trx.execute("insert into sales.payment (id, customer_id, method, amount, taken_by, taken_at, business_date) "
                + "values (?, ?, 'CARD', ?::numeric, 'test', now(), current_date)", id, customer, amount);
        return id;
    }

    private static void insertAllocation(DSLContext trx, UUID payment, UUID sale, String amount) {
        trx.execute("insert into sales.payment_allocation (payment_id, sale_id, amount) values (?, ?, ?::numeric)",
                payment, sale, amount);
    }

    private Sale sell(CustomerView customer, SaleModuleSupport.Beer beer, int bottles, PaymentRequest payment) {
        return createSale.create(new NewSale(customer.id(), null, List.of(LineRequest.of(beer.product(), null, bottles)),
                List.of(), true, payment == null ? PayAtCompletion.NOTHING : pay(payment)), "clerk", false);
    }

    private List<UUID> ids(CustomerView customer, PaymentStatus status) {
        return findSales.search(new SaleSearch(null, customer.id(), null, null, null, null, status, 0, 50)).items()
                .stream().map(SaleSummary::id).toList();
    }

    private CustomerView customer(String creditLimit, int terms) {
        return registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_1, terms, new BigDecimal(creditLimit)), true);
    }

    private static PaymentRequest cash(String amount) {
        return new PaymentRequest(PaymentMethod.CASH, new BigDecimal(amount), null);
    }

    private static PayAtCompletion pay(PaymentRequest... payments) {
        return new PayAtCompletion(List.of(payments), null);
    }

}
