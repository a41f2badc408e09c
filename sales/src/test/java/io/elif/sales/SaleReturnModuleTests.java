package io.elif.sales;

import io.elif.catalog.Catalog;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.FindPayments;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.application.ReturnContainers;
import io.elif.sales.application.ReturnSale;
import io.elif.sales.application.RunTill;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleReturn;
import io.elif.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Returns of completed sales: goods back once, never more than sold, deposits reversed, money credited or refunded. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SaleReturnModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("sale_return_module").forEach((key, value) -> registry.add(key, () -> value));
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
    ReturnSale returnSale;

    @Autowired
    ReturnContainers returnContainers;

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
        support.tillsOpen("clerk", "manager");
    }

    /**
     * The worked example's crates: 190,200 asked (180,000 + 10,200 deposits), 150,000 paid. One crate back credits
     * 60,000 and its 1 crate and 24 bottles (10,200): the sale asks 120,000 and 30,000 goes back to the customer.
     */
    @Test
    void aPartialReturnCreditsItsShareAndRefundsWhatWasPaidBeyondWhatTheSaleNowAsks(PublishedEvents events) {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 72);
        var bar = customer(PriceLevel.LEVEL_2);
        var sale = createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 3)),
                List.of(new SaleDeposit.Choice(returnables.crates(), 2, 0),
                        new SaleDeposit.Choice(returnables.bottles(), 48, 0)), true, SalesModuleTests.cash("150000")),
                "clerk", false);
        assertThat(support.onHand(beer.product())).isZero();

        var taken = returnSale.accept(sale.id(), List.of(new SaleReturn.Asked(1, 1)), "broken seal",
                PaymentMethod.CASH, "manager");

        assertThat(taken.number()).matches("R-\\d{4}-\\d{6}");
        assertThat(taken.lines()).extracting(SaleReturn.Line::quantity, SaleReturn.Line::baseUnits,
                SaleReturn.Line::amount, SaleReturn.Line::tax)
                .containsExactly(tuple(1, 24L, new BigDecimal("60000.00"), new BigDecimal("10000.00")));
        assertThat(taken.deposits()).extracting(SaleReturn.DepositReversal::containerTypeId,
                        SaleReturn.DepositReversal::consigned, SaleReturn.DepositReversal::refund)
                .containsExactly(tuple(returnables.crates(), 1L, new BigDecimal("3000.00")),
                        tuple(returnables.bottles(), 24L, new BigDecimal("7200.00")));
        assertThat(taken.credit()).isEqualTo(new BigDecimal("70200.00"));
        assertThat(taken.refund()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(support.onHand(beer.product())).isEqualTo(24);
        assertThat(findTills.current("manager").orElseThrow().movements()).as("the cash went out of the manager's till")
                .anySatisfy(movement -> assertThat(movement.amount()).isEqualByComparingTo("-30000"));
        var money = findPayments.ofSale(sale.id());
        assertThat(money.owed()).isEqualByComparingTo("0");
        assertThat(returnContainers.balances(bar)).as("the consigned crate and bottles went back with the goods")
                .isEmpty();
        assertThat(events.ofType(ReturnAccepted.class).matching(event -> event.returnId().equals(taken.id())))
                .singleElement().satisfies(event -> assertThat(event.total()).isEqualTo(new BigDecimal("60000.00")));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> returnSale.accept(sale.id(),
                        List.of(new SaleReturn.Asked(1, 3)), "again", PaymentMethod.CASH, "manager"))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].quantity")).withMessageContaining("2 left");
        var rest = returnSale.accept(sale.id(), List.of(), "called off", PaymentMethod.CASH, "manager");
        assertThat(rest.lines()).extracting(SaleReturn.Line::quantity).containsExactly(2);
        assertThat(rest.total().add(taken.total())).as("the returns add up to the line").isEqualTo(sale.totals().total());
        assertThat(support.onHand(beer.product())).isEqualTo(72);
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> returnSale.accept(sale.id(), List.of(),
                "once more", PaymentMethod.CASH, "manager"));
        assertThat(returnSale.ofSale(sale.id())).extracting(SaleReturn::number).containsExactly(taken.number(), rest.number());
        assertThat(inventory.checkConsistency()).isEmpty();
    }

    /** The catalogue's crate stops carrying bottles after the sale: its return still gives back what was sold. */
    @Test
    void aReturnReversesTheContainersThePacksCarriedWhenSoldNotWhatTheCatalogueSaysNow() {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 24);
        var bar = customer(PriceLevel.LEVEL_2);
        var sale = createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 1)),
                List.of(), true, SalesModuleTests.cash("70200")), "clerk", false);
        catalog.attachContainers(beer.product(), beer.crate(), List.of(new ContainerQuantity(returnables.crates(), 2)));

        var taken = returnSale.accept(sale.id(), List.of(), "wrong beer", PaymentMethod.CASH, "manager");

        assertThat(taken.deposits()).extracting(SaleReturn.DepositReversal::containerTypeId,
                        SaleReturn.DepositReversal::consigned, SaleReturn.DepositReversal::refund)
                .containsExactly(tuple(returnables.crates(), 1L, new BigDecimal("3000.00")),
                        tuple(returnables.bottles(), 24L, new BigDecimal("7200.00")));
        assertThat(taken.refund()).isEqualTo(new BigDecimal("70200.00"));
        assertThat(returnContainers.balances(bar)).isEmpty();
    }

    @Test
    void anUnpaidSalesReturnLowersWhatIsOwedAndRefundsNothing() {
        var beer = support.beer();
        support.receive(beer.product(), 10);
        var bar = customer(PriceLevel.LEVEL_1);
        var sale = createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), null, 10)), true),
                "clerk", false);

        var taken = returnSale.accept(sale.id(), List.of(new SaleReturn.Asked(1, 4)), "too many", null, "manager");

        assertThat(taken.refund()).isZero();
        assertThat(findPayments.ofSale(sale.id()).owed()).isEqualByComparingTo("18000");
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> returnSale.accept(
                createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), null, 1)), false),
                        "clerk", false).id(), List.of(), "draft", null, "manager"));
    }

    /** Ten managers take back one bottle each of a 3-bottle line at once: three returns, seven refusals. */
    @Test
    void concurrentReturnsNeverTakeBackMoreThanWasSold() throws InterruptedException {
        var beer = support.beer();
        support.receive(beer.product(), 3);
        var bar = customer(PriceLevel.LEVEL_1);
        var sale = createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), null, 3)), true),
                "clerk", false);
        var taken = new AtomicInteger();

        var failures = SaleModuleSupport.race(10, () -> {
            returnSale.accept(sale.id(), List.of(new SaleReturn.Asked(1, 1)), "race", null, "manager");
            taken.incrementAndGet();
        });

        assertThat(taken).hasValue(3);
        assertThat(failures).hasSize(7).allSatisfy(failure -> assertThat(failure).isInstanceOf(InvalidInputException.class));
        assertThat(support.onHand(beer.product())).isEqualTo(3);
        assertThat(inventory.checkConsistency()).isEmpty();
    }

    /** A customer with 100,000 of credit. */
    private UUID customer(PriceLevel level) {
        return registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                level, null, new BigDecimal("100000")), true).id();
    }
}
