package io.elif.sales;

import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.RunTill;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.application.ReturnContainers;
import io.elif.sales.domain.ContainerBalance;
import io.elif.sales.domain.ContainerReturn;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.SaleDeposit;
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

/** A customer's containers: derived from the deposit lines of completed sales and the empties brought back. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ContainerModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("container_module").forEach((key, value) -> registry.add(key, () -> value));
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
    ReturnContainers returnContainers;

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
        support.tillsOpen("clerk");
    }

    /**
     * 3 crates sold: 1 crate and 24 bottles consigned, 24 bottles owed, 2 crates and 24 bottles exchanged. Bringing
     * back 30 bottles settles the 24 owed and refunds 6 deposits; a draft's deposits count for nothing.
     */
    @Test
    void aReturnOfEmptiesSettlesWhatIsOwedFirstThenRefundsDeposits(PublishedEvents events) {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 200);
        var bar = customer();
        createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 3)),
                List.of(new SaleDeposit.Choice(returnables.crates(), 2, 0),
                        new SaleDeposit.Choice(returnables.bottles(), 24, 24)), true, SalesModuleTests.cash("190200")),
                "clerk", false);
        createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 5)), false),
                "clerk", false);

        assertThat(returnContainers.balances(bar)).extracting(ContainerBalance::containerTypeId, ContainerBalance::held,
                        ContainerBalance::consigned, ContainerBalance::due, ContainerBalance::depositsHeld)
                .containsExactly(tuple(returnables.crates(), 1L, 1L, 0L, new BigDecimal("3000.00")),
                        tuple(returnables.bottles(), 48L, 24L, 24L, new BigDecimal("7200.00")));
        var bottlesBefore = support.empties(returnables.bottles());

        var taken = returnContainers.record(bar, null, List.of(new ContainerReturn.Counted(returnables.bottles(), 30)),
                "clerk");

        assertThat(taken.number()).matches("E-\\d{4}-\\d{6}");
        assertThat(taken.lines()).extracting(ContainerReturn.Line::settled, ContainerReturn.Line::refunded,
                ContainerReturn.Line::refund).containsExactly(tuple(24L, 6L, new BigDecimal("1800.00")));
        assertThat(taken.refundTotal()).isEqualTo(new BigDecimal("1800.00"));
        assertThat(returnContainers.balances(bar)).extracting(ContainerBalance::held, ContainerBalance::due,
                        ContainerBalance::depositsHeld)
                .containsExactly(tuple(1L, 0L, new BigDecimal("3000.00")), tuple(18L, 0L, new BigDecimal("5400.00")));
        assertThat(support.empties(returnables.bottles())).isEqualTo(bottlesBefore + 30);
        assertThat(returnContainers.ofCustomer(bar, 10)).containsExactly(taken);
        assertThat(events.ofType(ContainersReturned.class).matching(event -> event.returnId().equals(taken.id())))
                .singleElement().satisfies(event -> assertThat(event.refundTotal()).isEqualTo(new BigDecimal("1800.00")));
    }

    @Test
    void moreThanTheCustomerHoldsOrAContainerTheyHoldNoneOfIsRefusedAndWritesNothing() {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 24);
        var bar = customer();
        createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 1)), List.of(),
                true, SalesModuleTests.cash("70200")), "clerk", false);
        var emptiesBefore = support.empties(returnables.crates());

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> returnContainers.record(bar, null,
                        List.of(new ContainerReturn.Counted(returnables.crates(), 2)), "clerk"))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].quantity"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> returnContainers.record(bar, null,
                        List.of(new ContainerReturn.Counted(UUID.randomUUID(), 1)), "clerk"))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].containerTypeId"));
        assertThat(returnContainers.ofCustomer(bar, 10)).isEmpty();
        assertThat(support.empties(returnables.crates())).isEqualTo(emptiesBefore);
    }

    /** Ten clerks take back the customer's one crate at once: one return, the others refused. */
    @Test
    void concurrentReturnsNeverGiveBackMoreThanTheCustomerHolds() throws InterruptedException {
        var beer = support.beer();
        var returnables = support.returnable(beer);
        support.receive(beer.product(), 24);
        var bar = customer();
        createSale.create(new NewSale(bar, null, List.of(LineRequest.of(beer.product(), beer.crate(), 1)), List.of(),
                true, SalesModuleTests.cash("70200")), "clerk", false);
        var taken = new AtomicInteger();

        var failures = SaleModuleSupport.race(10, () -> {
            returnContainers.record(bar, null, List.of(new ContainerReturn.Counted(returnables.crates(), 1)), "clerk");
            taken.incrementAndGet();
        });

        assertThat(taken).hasValue(1);
        assertThat(failures).hasSize(9).allSatisfy(failure -> assertThat(failure).isInstanceOf(InvalidInputException.class));
        assertThat(returnContainers.balances(bar)).as("nothing left of the crate: no balance line")
                .extracting(ContainerBalance::containerTypeId).containsExactly(returnables.bottles());
        assertThat(returnContainers.ofCustomer(bar, 20)).hasSize(1);
    }

    private UUID customer() {
        return registerCustomer.register(new NewCustomer(null, "Bar " + SaleModuleSupport.unique(), null, null, null,
                PriceLevel.LEVEL_2, null, null), true).id();
    }
}
