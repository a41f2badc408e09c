package io.elif.sales;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.InsufficientStockException;
import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.application.ChangeCustomer;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.ChangeSale;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.RunTill;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.CustomerSearch;
import io.elif.sales.application.CustomerView;
import io.elif.sales.application.FindCustomers;
import io.elif.sales.application.FindPayments;
import io.elif.sales.application.FindSales;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.PayAtCompletion;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.application.SaleSearch;
import io.elif.sales.application.SaleSummary;
import io.elif.sales.domain.CustomerChange;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleState;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sales module on the real catalogue and inventory (their migrations too), against a real PostgreSQL: customers;
 * sales priced, numbered and moved through their lifecycle with their stock work; concurrency counted exactly.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SalesModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("sales_module").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    CustomerRegistration registration;

    @Autowired
    RegisterCustomer registerCustomer;

    @Autowired
    ChangeCustomer changeCustomer;

    @Autowired
    FindCustomers findCustomers;

    @Autowired
    DSLContext dsl;

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    CreateSale createSale;

    @Autowired
    ChangeSale changeSale;

    @Autowired
    FindSales findSales;

    @Autowired
    FindPayments findPayments;

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
        support.tillsOpen("clerk", "driver");
    }

    @Test
    void aCustomerWithoutCodeGetsTheNextNumberAndAGivenCodeIsUpperCased() {
        var first = registerCustomer.register(named(null, "Épicerie Rasoa " + unique()), false);
        var second = registerCustomer.register(named(null, "Bar Tsara " + unique()), false);
        var coded = registerCustomer.register(named("rasoa-" + unique(), "Rasoa"), true);

        assertThat(first.code()).matches("C-\\d{6}");
        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(coded.code()).isEqualTo(coded.code().toUpperCase()).startsWith("RASOA-");
        assertThat(first.priceLevel()).isEqualTo(PriceLevel.LEVEL_1);
        assertThat(first.paymentTermsDays()).isEqualTo(30);
        assertThat(first.creditLimit()).isEqualByComparingTo("0");
        assertThat(first.active()).isTrue();
        assertThat(first.walkIn()).isFalse();
        assertThat(findCustomers.byId(first.id())).isEqualTo(first);
    }

    @Test
    void aCodeIsUniqueWhateverItsCaseAndAServerNumberSkipsACodeTypedByHand() {
        var code = "BAR-" + unique();
        registerCustomer.register(named(code, "Bar Tsara"), true);

        for (var again : List.of(code, code.toLowerCase(), " " + code.toLowerCase() + " ")) {
            assertThatExceptionOfType(DuplicateCustomerCodeException.class)
                    .isThrownBy(() -> registerCustomer.register(named(again, "Another bar"), true))
                    .satisfies(e -> {
                        assertThat(e.type()).isEqualTo("duplicate-code");
                        assertThat(e.parameters()).containsEntry("value", code);
                    });
        }
        assertThatExceptionOfType(DuplicateCustomerCodeException.class)
                .isThrownBy(() -> registerCustomer.register(named("walk-in", "Another walk-in"), true));

        var next = number(registerCustomer.register(named(null, "Next " + unique()), true)) + 1;
        var typed = registerCustomer.register(named("c-%06d".formatted(next), "Typed by hand"), true);
        var numbered = registerCustomer.register(named(null, "Numbered " + unique()), true);
        assertThat(typed.code()).isEqualTo("C-%06d".formatted(next));
        assertThat(number(numbered)).isEqualTo(next + 1);
    }

    @Test
    void aRefusedRegistrationWritesNothingAndTakesNoNumber() {
        var last = number(registerCustomer.register(named(null, "Before " + unique()), false));
        var before = customers();
        assertThat(registration.onlyWalkIn()).isFalse();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> registerCustomer.register(new NewCustomer(null, "Clerk's wholesale", null, null, null,
                        PriceLevel.WHOLESALE, null, null), false))
                .satisfies(e -> assertThat(e.field()).contains("priceLevel"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> registerCustomer.register(named(null, " "), true))
                .satisfies(e -> assertThat(e.field()).contains("name"));

        assertThat(customers()).isEqualTo(before);
        assertThat(number(registerCustomer.register(named(null, "After " + unique()), false))).isEqualTo(last + 1);
    }

    @Test
    void theDatabaseRefusesWhatTheDomainRefuses() {
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> dsl.execute(
                "insert into sales.customer (id, code, name, credit_limit) values (gen_random_uuid(), 'lower', 'X', 0)"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> dsl.execute(
                "insert into sales.customer (id, code, name, payment_terms_days) values (gen_random_uuid(), 'T-" + unique()
                        + "', 'X', 366)"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> dsl.execute(
                "insert into sales.customer (id, code, name, phone) values (gen_random_uuid(), 'P-" + unique() + "', 'X', 'abc')"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> dsl.execute(
                "update sales.customer set credit_limit = 1 where walk_in"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> dsl.execute(
                "insert into sales.customer (id, code, name, payment_terms_days, walk_in) "
                        + "values (gen_random_uuid(), 'WALK-IN', 'Second', 0, true)"));
    }

    @Test
    void searchFindsTextInNameCodeOrPhoneWhateverTheCaseAndPagesByNameThenCode() {
        var tag = unique();
        var digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        var zebu = registerCustomer.register(new NewCustomer(null, "Zébu Bar " + tag, "+261 32 " + digits, "", "", null,
                null, null), false);
        var alpha = registerCustomer.register(named("ALPHA-" + tag, "alpha shop " + tag), true);
        var beta = registerCustomer.register(named("BETA-" + tag, "Alpha Shop " + tag), true);
        var closed = registerCustomer.register(named("OLD-" + tag, "Closed bar " + tag), true);
        changeCustomer.deactivate(closed.id());

        assertThat(ids(new CustomerSearch(tag.toLowerCase(), null, 0, 100)))
                .containsExactly(alpha.id(), beta.id(), closed.id(), zebu.id());
        assertThat(ids(new CustomerSearch("beta-" + tag, null, 0, 100))).containsExactly(beta.id());
        assertThat(ids(new CustomerSearch("32 " + digits, null, 0, 100))).containsExactly(zebu.id());
        assertThat(ids(new CustomerSearch(tag, true, 0, 100))).containsExactly(alpha.id(), beta.id(), zebu.id());
        assertThat(ids(new CustomerSearch(tag, false, 0, 100))).containsExactly(closed.id());

        var page = findCustomers.search(new CustomerSearch(tag, null, 1, 3));
        assertThat(page.items()).extracting(CustomerView::id).containsExactly(zebu.id());
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.totalPages()).isEqualTo(2);
        var beyond = findCustomers.search(new CustomerSearch(tag, null, 5, 3));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(4);
    }

    @Test
    void theWalkInCustomerIsThereOnceStaysActiveAndIsGivenNoCredit() {
        var walkIn = findCustomers.walkIn();

        assertThat(walkIn.code()).isEqualTo("WALK-IN");
        assertThat(walkIn.name()).isEqualTo("Walk-in customer");
        assertThat(walkIn.walkIn()).isTrue();
        assertThat(walkIn.paymentTermsDays()).isZero();
        assertThat(walkIn.creditLimit()).isEqualByComparingTo("0");
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> changeCustomer.deactivate(walkIn.id()))
                .satisfies(e -> assertThat(e.field()).contains("active"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> changeCustomer.change(walkIn.id(),
                        new CustomerChange("Walk-in customer", "", "", "", PriceLevel.LEVEL_1, 0, new BigDecimal("1000"))))
                .satisfies(e -> assertThat(e.field()).contains("creditLimit"));
        assertThat(findCustomers.walkIn()).isEqualTo(walkIn);
        assertThat(findCustomers.search(new CustomerSearch("walk-in", null, 0, 10)).items()).extracting(CustomerView::id)
                .contains(walkIn.id());
    }

    @Test
    void aChangeKeepsTheCodeAndAnUnknownCustomerIsNotFound() {
        var customer = registerCustomer.register(named(null, "Hotel Colbert " + unique()), true);

        var changed = changeCustomer.change(customer.id(), new CustomerChange("Hôtel Colbert", "020 22 202 02",
                "achats@colbert.mg", "29 rue Prince Ratsimamanga\nAntananarivo", PriceLevel.LEVEL_3, 45,
                new BigDecimal("1500000")));

        assertThat(changed.code()).isEqualTo(customer.code());
        assertThat(changed.priceLevel()).isEqualTo(PriceLevel.LEVEL_3);
        assertThat(changed.creditLimit()).isEqualByComparingTo("1500000.00");
        assertThat(changed.updatedAt()).isAfterOrEqualTo(customer.updatedAt());
        assertThat(changeCustomer.deactivate(customer.id()).active()).isFalse();
        assertThat(changeCustomer.deactivate(customer.id()).active()).isFalse();
        assertThat(changeCustomer.activate(customer.id()).active()).isTrue();
        var unknown = UUID.randomUUID();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> findCustomers.byId(unknown));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> changeCustomer.activate(unknown));
    }

    /** 20 clerks register a customer without code at once: 20 registrations, 20 distinct consecutive codes. */
    @Test
    void concurrentRegistrationsWithoutCodeGetDistinctConsecutiveCodes() throws InterruptedException {
        var clerks = 20;
        var start = new CountDownLatch(1);
        var codes = Collections.synchronizedList(new ArrayList<String>());
        var failures = Collections.synchronizedList(new ArrayList<Throwable>());
        try (var executor = Executors.newFixedThreadPool(clerks)) {
            var results = new ArrayList<Future<?>>();
            var tag = unique();
            for (int clerk = 0; clerk < clerks; clerk++) {
                var name = "Concurrent " + tag + " " + clerk;
                results.add(executor.submit((Callable<Void>) () -> {
                    start.await();
                    codes.add(registerCustomer.register(named(null, name), false).code());
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

        assertThat(failures).isEmpty();
        assertThat(codes).hasSize(clerks).doesNotHaveDuplicates();
        var numbers = codes.stream().mapToLong(code -> Long.parseLong(code.substring(2))).sorted().toArray();
        assertThat(numbers[clerks - 1] - numbers[0]).isEqualTo(clerks - 1);
    }

    /** DOMAIN.md's worked example: a level-2 customer, 3 crates of 24 and 6 cans; 192,000 with 32,000 tax. */
    @Test
    void aCounterSaleIsPricedAtTheCustomersLevelCompletedAndAnnounced(PublishedEvents events) {
        var beer = support.beer();
        var soda = support.product(BaseUnit.CAN, Map.of(PriceLevel.LEVEL_1, new BigDecimal("2200"),
                PriceLevel.LEVEL_2, new BigDecimal("2000")), true);
        support.receive(beer.product(), 100);
        support.receive(soda, 10);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, null, null), true);

        var sale = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), beer.crate(), 3),
                LineRequest.of(soda, null, 6)), List.of(), true, cash("192000")), "clerk", false);

        assertThat(sale.state()).isEqualTo(SaleState.COMPLETED);
        assertThat(sale.number()).matches("S-" + LocalDate.now().getYear() + "-\\d{6}");
        assertThat(sale.priceLevel()).isEqualTo(PriceLevel.LEVEL_2);
        assertThat(sale.totals()).isEqualTo(new Sale.Totals(new BigDecimal("192000.00"), new BigDecimal("32000.00"),
                new BigDecimal("160000.00")));
        assertThat(sale.completed().by()).isEqualTo("clerk");
        assertThat(findSales.byId(sale.id())).isEqualTo(sale);
        assertThat(support.onHand(beer.product())).isEqualTo(28);
        assertThat(support.onHand(soda)).isEqualTo(4);
        assertThat(support.reserved(beer.product())).isZero();
        assertThat(inventory.checkConsistency()).isEmpty();
        var completed = events.ofType(SaleCompleted.class).matching(event -> event.saleId().equals(sale.id()));
        assertThat(completed).hasSize(1);
        var event = completed.iterator().next();
        assertThat(event.total()).isEqualTo(new BigDecimal("192000.00"));
        assertThat(event.lines()).extracting(SoldLine::baseUnits).containsExactly(72L, 6L);
        // the cost of goods sold: each product's moving average per base unit as inventory issued it
        assertThat(event.lines()).extracting(SoldLine::unitCost)
                .containsExactly(new BigDecimal("1000.0000"), new BigDecimal("1000.0000"));
        assertThat(event.customerId()).isEqualTo(bar.id());
        assertThat(event.clerk()).isEqualTo("clerk");
    }

    /** DOMAIN.md's worked example with its deposits: 2 crates and 48 bottles exchanged, 24 bottles owed. */
    @Test
    void aCounterSaleCarriesItsDepositLinesAndTheExchangedEmptiesEnterTheWarehouse(PublishedEvents events) {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 72);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, null, null), true);

        var sale = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), beer.crate(), 3)),
                List.of(new SaleDeposit.Choice(returnables.crates(), 2, 0),
                        new SaleDeposit.Choice(returnables.bottles(), 48, 24)), true, cash("183000")), "clerk", false);

        assertThat(sale.deposits()).extracting(SaleDeposit::containerTypeId, SaleDeposit::quantity,
                        SaleDeposit::consigned, SaleDeposit::exchanged, SaleDeposit::due, SaleDeposit::amount)
                .containsExactly(tuple(returnables.crates(), 3L, 1L, 2L, 0L, new BigDecimal("3000.00")),
                        tuple(returnables.bottles(), 72L, 0L, 48L, 24L, new BigDecimal("0.00")));
        assertThat(sale.totals().total()).isEqualTo(new BigDecimal("180000.00"));
        assertThat(sale.payable()).isEqualTo(new BigDecimal("183000.00"));
        assertThat(findSales.byId(sale.id())).isEqualTo(sale);
        assertThat(support.empties(returnables.crates())).isEqualTo(2);
        assertThat(support.empties(returnables.bottles())).isEqualTo(48);
        var event = events.ofType(SaleCompleted.class).matching(completed -> completed.saleId().equals(sale.id()))
                .iterator().next();
        assertThat(event.depositTotal()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(event.deposits()).extracting(DepositLine::due).containsExactly(0L, 24L);
    }

    @Test
    void theWalkInCustomerMayNotOweContainersAndADraftsDepositsFollowItsLines() {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        var owing = List.of(new SaleDeposit.Choice(returnables.bottles(), 0, 6));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), null, 6)), owing, false, PayAtCompletion.NOTHING), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("deposits[0].due"));
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, null, null), true);

        var draft = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), beer.crate(), 1)),
                false), "clerk", false);
        assertThat(draft.depositTotal()).isEqualTo(new BigDecimal("10200.00"));
        var twoCrates = changeSale.replaceLines(draft.id(), List.of(LineRequest.of(beer.product(), beer.crate(), 2)),
                List.of(new SaleDeposit.Choice(returnables.crates(), 2, 0)), "clerk", false);
        assertThat(twoCrates.deposits()).extracting(SaleDeposit::quantity, SaleDeposit::exchanged)
                .containsExactly(tuple(2L, 2L), tuple(48L, 0L));
        assertThat(twoCrates.depositTotal()).isEqualTo(new BigDecimal("14400.00"));
        assertThat(findSales.byId(draft.id())).isEqualTo(twoCrates);
        var owedBottles = changeSale.replaceLines(draft.id(), List.of(LineRequest.of(beer.product(), beer.crate(), 1)),
                List.of(new SaleDeposit.Choice(returnables.bottles(), 0, 24)), "clerk", false);
        assertThat(owedBottles.deposits()).extracting(SaleDeposit::code, SaleDeposit::consigned, SaleDeposit::due)
                .as("the crate's choice was not sent again: consigned").containsExactly(
                        tuple(owedBottles.deposits().get(0).code(), 1L, 0L), tuple(owedBottles.deposits().get(1).code(), 0L, 24L));
        assertThat(findSales.byId(draft.id()).depositTotal()).isEqualTo(new BigDecimal("3000.00"));
    }

    @Test
    void aDraftReservesNothingIsRepricedThenConfirmedAndCancelledReleasingItsReservation(PublishedEvents events) {
        var beer = support.beer();
        support.receive(beer.product(), 48);

        var draft = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 5)), false),
                "clerk", false);
        assertThat(draft.state()).isEqualTo(SaleState.DRAFT);
        assertThat(draft.totals().total()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(support.reserved(beer.product())).isZero();

        var replaced = changeSale.replaceLines(draft.id(), List.of(LineRequest.of(beer.product(), null, 2),
                new LineRequest(beer.product(), null, 1, new BigDecimal("2500"), null, "regular")), List.of(), "manager", true);
        assertThat(replaced.totals().total()).isEqualTo(new BigDecimal("8500.00"));
        assertThat(replaced.lines().get(1).override().by()).isEqualTo("manager");
        assertThat(findSales.byId(draft.id())).isEqualTo(replaced);

        var confirmed = changeSale.confirm(draft.id(), "clerk");
        assertThat(confirmed.state()).isEqualTo(SaleState.CONFIRMED);
        assertThat(support.reserved(beer.product())).isEqualTo(3);
        assertThat(changeSale.confirm(draft.id(), "other")).isEqualTo(confirmed);
        assertThat(support.reserved(beer.product())).isEqualTo(3);
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> changeSale.replaceLines(draft.id(),
                List.of(LineRequest.of(beer.product(), null, 1)), List.of(), "clerk", false));

        var cancelled = changeSale.cancel(draft.id(), "manager");
        assertThat(cancelled.state()).isEqualTo(SaleState.CANCELLED);
        assertThat(cancelled.cancelled().by()).isEqualTo("manager");
        assertThat(support.reserved(beer.product())).isZero();
        assertThat(support.onHand(beer.product())).isEqualTo(48);
        assertThat(changeSale.cancel(draft.id(), "manager")).isEqualTo(cancelled);
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> changeSale.complete(draft.id(), "clerk"));
        assertThat(events.ofType(SaleCancelled.class).matching(event -> event.saleId().equals(draft.id()))).hasSize(1);
        assertThat(inventory.checkConsistency()).isEmpty();
    }

    @Test
    void aDraftSoldToAnotherCustomerIsPricedAtItsLevelKeepingAManagersPrice() {
        var beer = support.product(BaseUnit.BOTTLE, Map.of(PriceLevel.LEVEL_1, new BigDecimal("3000"),
                PriceLevel.LEVEL_2, new BigDecimal("2700")), true);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, null, null), true);
        var draft = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer, null, 2)), false),
                "clerk", false);
        changeSale.replaceLines(draft.id(), List.of(LineRequest.of(beer, null, 2),
                new LineRequest(beer, null, 1, new BigDecimal("2500"), null, "regular")), List.of(), "manager", true);

        var changed = changeSale.changeCustomer(draft.id(), bar.id(), "clerk");

        assertThat(changed.customerId()).isEqualTo(bar.id());
        assertThat(changed.priceLevel()).isEqualTo(PriceLevel.LEVEL_2);
        assertThat(changed.lines().get(0).unitPrice()).isEqualByComparingTo("2700");
        assertThat(changed.lines().get(0).amount()).isEqualByComparingTo("5400");
        assertThat(changed.lines().get(1).unitPrice()).isEqualByComparingTo("2500");
        assertThat(changed.lines().get(1).catalogPrice()).isEqualByComparingTo("2700");
        assertThat(changed.lines().get(1).override().by()).isEqualTo("manager");
        assertThat(changed.totals().total()).isEqualByComparingTo("7900");
        assertThat(findSales.byId(draft.id())).isEqualTo(changed);
        assertThat(changeSale.changeCustomer(draft.id(), findCustomers.walkIn().id(), "clerk").totals().total())
                .isEqualByComparingTo("8500");

        var crates = support.beer();
        var order = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(crates.product(), crates.crate(), 1)),
                false), "clerk", false);
        // the crate has no LEVEL_1 price: the walk-in customer cannot buy it by the crate
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> changeSale.changeCustomer(order.id(),
                findCustomers.walkIn().id(), "clerk")).satisfies(e -> assertThat(e.field()).contains("lines[0].packId"));
        var closed = registerCustomer.register(new NewCustomer(null, "Closed " + SaleModuleSupport.unique(), null, null,
                null, null, null, null), true);
        changeCustomer.deactivate(closed.id());
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> changeSale.changeCustomer(order.id(),
                closed.id(), "clerk")).satisfies(e -> assertThat(e.field()).contains("customerId"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> changeSale.changeCustomer(order.id(),
                UUID.randomUUID(), "clerk")).satisfies(e -> assertThat(e.field()).contains("customerId"));
        assertThat(findSales.byId(order.id()).customerId()).isEqualTo(bar.id());
        support.receive(crates.product(), 24);
        changeSale.confirm(order.id(), "clerk");
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> changeSale.changeCustomer(order.id(),
                bar.id(), "clerk"));
    }

    @Test
    void aCompletedSaleIsNotCancelledAndAPhoneOrderIsIssuedWhenCompleted() {
        var beer = support.beer();
        support.receive(beer.product(), 30);
        var order = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 4)), false),
                "clerk", false);
        changeSale.confirm(order.id(), "clerk");

        var completed = changeSale.complete(order.id(), "driver", cash("12000"), false);

        assertThat(completed.state()).isEqualTo(SaleState.COMPLETED);
        assertThat(completed.confirmed().by()).isEqualTo("clerk");
        assertThat(completed.completed().by()).isEqualTo("driver");
        assertThat(support.onHand(beer.product())).isEqualTo(26);
        assertThat(support.reserved(beer.product())).isZero();
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> changeSale.cancel(order.id(), "manager"))
                .withMessageContaining("return");
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> changeSale.confirm(order.id(), "clerk"));
    }

    @Test
    void aRefusedSaleWritesNothingAndGivesItsNumberBack() {
        var beer = support.beer();
        support.receive(beer.product(), 5);
        var before = sales();
        var first = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                "clerk", false);

        assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> createSale.create(new NewSale(null,
                        null, List.of(LineRequest.of(beer.product(), null, 6)), List.of(), true, cash("18000")), "clerk", false))
                .satisfies(e -> {
                    assertThat(e.productId()).isEqualTo(beer.product());
                    assertThat(e.requested()).isEqualTo(6);
                    assertThat(e.available()).isEqualTo(5); // a draft reserves nothing
                });
        var unsellable = support.product(BaseUnit.PIECE, Map.of(PriceLevel.LEVEL_1, BigDecimal.TEN), false);
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), null, 1), LineRequest.of(unsellable, null, 1)), true),
                        "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("lines[1].productId"));
        // the crate has no LEVEL_1 price: the walk-in customer cannot buy it by the crate
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), beer.crate(), 1)), false), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].packId"));
        var otherBeer = support.beer();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(beer.product(), otherBeer.crate(), 1)), false), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].packId"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null, null,
                        List.of(LineRequest.of(UUID.randomUUID(), null, 1)), false), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].productId"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(
                        UUID.randomUUID(), null, List.of(LineRequest.of(beer.product(), null, 1)), false), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("customerId"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> createSale.create(new NewSale(null,
                        UUID.randomUUID(), List.of(LineRequest.of(beer.product(), null, 1)), false), "clerk", false))
                .satisfies(e -> assertThat(e.field()).contains("warehouseId"));

        assertThat(sales()).isEqualTo(before + 1);
        assertThat(support.onHand(beer.product())).isEqualTo(5);
        assertThat(support.reserved(beer.product())).isZero();
        var next = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                "clerk", false);
        assertThat(sequence(next.number())).isEqualTo(sequence(first.number()) + 1);
    }

    @Test
    void searchFiltersByNumberCustomerStateDatesAndClerkNewestFirst() {
        var beer = support.beer();
        support.receive(beer.product(), 10);
        var clerk = "clerk-" + SaleModuleSupport.unique();
        support.tillsOpen(clerk);
        var bar = registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                null, null, null), true);
        var first = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                clerk, false);
        var second = createSale.create(new NewSale(bar.id(), null, List.of(LineRequest.of(beer.product(), null, 2)), List.of(), true,
                cash("6000")), clerk, false);
        var today = LocalDate.now();

        assertThat(ids(new SaleSearch(null, bar.id(), null, null, null, null, 0, 10))).containsExactly(second.id(), first.id());
        assertThat(ids(new SaleSearch(null, null, SaleState.COMPLETED, null, null, clerk, 0, 10))).containsExactly(second.id());
        assertThat(ids(new SaleSearch(first.number().substring(2).toLowerCase(), null, null, null, null, null, 0, 10)))
                .containsExactly(first.id());
        assertThat(ids(new SaleSearch(null, null, null, today, today, clerk, 0, 10))).hasSize(2);
        assertThat(ids(new SaleSearch(null, null, null, today.plusDays(1), null, clerk, 0, 10))).isEmpty();
        var page = findSales.search(new SaleSearch(null, null, null, null, null, clerk, 1, 1));
        assertThat(page.items()).extracting(SaleSummary::id).containsExactly(first.id());
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.items().getFirst().customerName()).isEqualTo(bar.name());
    }

    /** 50 clerks create a sale at once: 50 sales, 50 distinct consecutive numbers. */
    @Test
    void concurrentCreationsGetDistinctConsecutiveNumbers() throws InterruptedException {
        var beer = support.beer();
        var numbers = Collections.synchronizedList(new ArrayList<String>());
        var failures = SaleModuleSupport.race(50, () -> numbers.add(createSale.create(new NewSale(null, null,
                List.of(LineRequest.of(beer.product(), null, 1)), false), "clerk", false).number()));

        assertThat(failures).isEmpty();
        assertThat(numbers).hasSize(50).doesNotHaveDuplicates();
        var sorted = numbers.stream().mapToLong(SalesModuleTests::sequence).sorted().toArray();
        assertThat(sorted[49] - sorted[0]).isEqualTo(49);
    }

    /** 200 counter sales of 1 bottle against 100 in stock: exactly 100 sold, 100 refused, nothing left, ledger clean. */
    @Test
    void concurrentCounterSalesNeverSellMoreThanTheStock() throws InterruptedException {
        var beer = support.beer();
        support.receive(beer.product(), 100);
        var before = sales();
        var sold = new AtomicInteger();
        var failures = SaleModuleSupport.race(200, () -> {
            createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 1)), List.of(), true,
                    cash("3000")), "clerk", false);
            sold.incrementAndGet();
        });

        assertThat(sold).hasValue(100);
        assertThat(failures).hasSize(100).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        refusal -> assertThat(refusal.productId()).isEqualTo(beer.product())));
        assertThat(sales()).isEqualTo(before + 100);
        assertThat(support.onHand(beer.product())).isZero();
        assertThat(support.reserved(beer.product())).isZero();
        assertThat(inventory.checkConsistency()).isEmpty();
    }

    /** One confirmed order completed from 10 threads: issued once; every call answers the completed sale. */
    @Test
    void aSaleCompletedConcurrentlyIsIssuedOnce() throws InterruptedException {
        var beer = support.beer();
        support.receive(beer.product(), 50);
        var order = createSale.create(new NewSale(null, null, List.of(LineRequest.of(beer.product(), null, 7)), false),
                "clerk", false);
        changeSale.confirm(order.id(), "clerk");
        var answers = Collections.synchronizedList(new ArrayList<Sale>());

        var failures = SaleModuleSupport.race(10, () -> answers.add(changeSale.complete(order.id(), "driver", cash("21000"), false)));

        assertThat(failures).isEmpty();
        assertThat(answers).hasSize(10).allSatisfy(sale -> assertThat(sale.state()).isEqualTo(SaleState.COMPLETED));
        assertThat(answers.stream().map(Sale::completed).distinct()).hasSize(1);
        assertThat(findPayments.ofSale(order.id()).payments()).as("paid once").hasSize(1);
        assertThat(findPayments.ofSale(order.id()).paid()).isEqualByComparingTo("21000");
        assertThat(support.onHand(beer.product())).isEqualTo(43);
        assertThat(support.reserved(beer.product())).isZero();
        assertThat(dsl.fetchCount(DSL.table("inventory.stock_movement"),
                DSL.field("reference").eq(order.number()))).isEqualTo(1);
        assertThat(inventory.checkConsistency()).isEmpty();
    }


    private List<UUID> ids(SaleSearch search) {
        return findSales.search(search).items().stream().map(SaleSummary::id).toList();
    }

    private int sales() {
        return dsl.fetchCount(DSL.table("sales.sale"));
    }

    private static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private int customers() {
        return dsl.fetchCount(DSL.table("sales.customer"));
    }

    private List<UUID> ids(CustomerSearch search) {
        return findCustomers.search(search).items().stream().map(CustomerView::id).toList();
    }

    /** Cash handed over as a sale completes. */
    static PayAtCompletion cash(String amount) {
        return new PayAtCompletion(List.of(new PaymentRequest(PaymentMethod.CASH, new BigDecimal(amount), null)), null);
    }

    private static NewCustomer named(String code, String name) {
        return new NewCustomer(code, name, null, null, null, null, null, null);
    }

    private static long number(CustomerView customer) {
        return Long.parseLong(customer.code().substring(2));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
