package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.DepositLine;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.sales.SaleStateException;
import io.elif.sales.domain.Sale.StockWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SaleTest {

    static final MoneyUnit ARIARY = new MoneyUnit(0);
    static final MoneyUnit CENTS = new MoneyUnit(2);
    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final UUID BEER = UUID.randomUUID();
    static final UUID CRATE = UUID.randomUUID();
    static final UUID SODA = UUID.randomUUID();
    static final UUID CRATES = UUID.randomUUID();
    static final UUID BOTTLES = UUID.randomUUID();

    /** A crate of 24 carries 1 crate (deposit 3,000) and 24 bottles (300 each). */
    static SaleItem crateOfBeer() {
        return new SaleItem(BEER, CRATE, true, "BEER-65", "THB 65 cl", true, true, 24, new BigDecimal("60000.00"),
                new BigDecimal("20.00"), List.of(
                        new ContainerLoad(CRATES, "CRATE-24", "Crate of 24", ContainerKind.CRATE, new BigDecimal("3000.00"), 1),
                        new ContainerLoad(BOTTLES, "BOTTLE-65", "Bottle 65 cl", ContainerKind.BOTTLE, new BigDecimal("300.00"), 24)));
    }

    static SaleItem canOfSoda() {
        return new SaleItem(SODA, null, true, "SODA-33", "Soda can 33 cl", true, true, 1, new BigDecimal("2000.00"),
                new BigDecimal("20.00"), List.of());
    }

    static SaleLine.Pricing clerk(MoneyUnit unit) {
        return new SaleLine.Pricing(PriceLevel.LEVEL_2, unit, false, "clerk", NOW);
    }

    static SaleLine.Pricing manager(MoneyUnit unit) {
        return new SaleLine.Pricing(PriceLevel.LEVEL_2, unit, true, "manager", NOW);
    }

    static Sale workedExample() {
        return workedExample(List.of());
    }

    /** The worked example's sale with the clerk's deposit choices. */
    static Sale workedExample(List<SaleDeposit.Choice> choices) {
        var lines = List.of(SaleLine.priced(0, LineRequest.of(BEER, CRATE, 3), crateOfBeer(), clerk(ARIARY)),
                SaleLine.priced(1, LineRequest.of(SODA, null, 6), canOfSoda(), clerk(ARIARY)));
        var deposits = SaleDeposit.of(List.of(new SaleDeposit.Carried(crateOfBeer().containers(), 3),
                new SaleDeposit.Carried(canOfSoda().containers(), 6)), choices, true, ARIARY);
        return Sale.draft(UUID.randomUUID(), Sale.NUMBERS.number(2026, 123), UUID.randomUUID(), PriceLevel.LEVEL_2,
                UUID.randomUUID(), LocalDate.of(2026, 12, 3), lines, deposits, new Sale.Stamp("clerk", NOW));
    }

    /** DOMAIN.md, "A counter sale, worked through". */
    @Test
    void theWorkedExampleTotals192000With32000TaxAnd160000Net() {
        var sale = workedExample();

        assertThat(sale.lines()).extracting(SaleLine::amount).containsExactly(new BigDecimal("180000.00"),
                new BigDecimal("12000.00"));
        assertThat(sale.lines()).extracting(SaleLine::tax).containsExactly(new BigDecimal("30000.00"),
                new BigDecimal("2000.00"));
        assertThat(sale.lines()).extracting(SaleLine::baseUnits).containsExactly(72L, 6L);
        assertThat(sale.totals()).isEqualTo(new Sale.Totals(new BigDecimal("192000.00"), new BigDecimal("32000.00"),
                new BigDecimal("160000.00")));
        assertThat(sale.number()).isEqualTo("S-2026-000123");
        assertThat(Sale.NUMBERS.series(2026)).isEqualTo("sale-2026");
    }

    @Test
    void aDraftSoldToAnotherCustomerIsPricedAtItsLevelAndKeepsAManagersPrice() {
        var draft = workedExample();
        var overridden = draft.withLines(List.of(draft.lines().get(0), SaleLine.priced(1,
                new LineRequest(SODA, null, 6, new BigDecimal("1500"), null, "promotion"), canOfSoda(), manager(ARIARY))),
                draft.deposits());
        var wholesaleCrate = new SaleItem(BEER, CRATE, true, "BEER-65", "THB 65 cl", true, true, 24,
                new BigDecimal("55000.00"), new BigDecimal("20.00"), List.of());
        var wholesaleSoda = new SaleItem(SODA, null, true, "SODA-33", "Soda can 33 cl", true, true, 1,
                new BigDecimal("1800.00"), new BigDecimal("20.00"), List.of());
        var wholesale = new SaleLine.Pricing(PriceLevel.WHOLESALE, ARIARY, false, "clerk", NOW);
        var customer = UUID.randomUUID();
        var asked = new ArrayList<LineRequest>();

        var changed = overridden.withCustomer(customer, PriceLevel.WHOLESALE, true, requests -> {
            asked.addAll(requests);
            return List.of(SaleLine.priced(0, requests.get(0), wholesaleCrate, wholesale),
                    SaleLine.priced(1, requests.get(1), wholesaleSoda, wholesale));
        });

        assertThat(asked).containsExactly(LineRequest.of(BEER, CRATE, 3), LineRequest.of(SODA, null, 6));
        assertThat(changed.customerId()).isEqualTo(customer);
        assertThat(changed.priceLevel()).isEqualTo(PriceLevel.WHOLESALE);
        assertThat(changed.lines().get(0).amount()).isEqualByComparingTo("165000");
        assertThat(changed.lines().get(1).unitPrice()).isEqualByComparingTo("1500");
        assertThat(changed.lines().get(1).catalogPrice()).isEqualByComparingTo("1800");
        assertThat(changed.lines().get(1).override().reason()).isEqualTo("promotion");
        assertThat(changed.deposits()).as("containers do not depend on the level").isEqualTo(draft.deposits());
        assertThat(changed.totals().total()).isEqualByComparingTo("174000");
        var confirmed = changed.confirm(new Sale.Stamp("clerk", NOW)).sale();
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> confirmed.withCustomer(customer,
                PriceLevel.LEVEL_1, true, requests -> {
                    throw new AssertionError("a confirmed sale is not priced again");
                }));
        var owing = workedExample(List.of(new SaleDeposit.Choice(BOTTLES, 0, 24)));
        assertThatExceptionOfType(InvalidInputException.class).as("the walk-in customer owes no containers")
                .isThrownBy(() -> owing.withCustomer(customer, PriceLevel.LEVEL_1, false, requests -> owing.lines()))
                .satisfies(e -> assertThat(e.field()).contains("customerId"));
    }

    @Test
    void eachLineIsRoundedHalfUpToTheMoneyUnitAndTheTotalsAreTheSumsOfTheRoundedLines() {
        // 3 x 333.50 = 1000.50 -> 1001 whole ariary; tax 1001 x 20 / 120 = 166.83 -> 167
        var item = new SaleItem(SODA, null, true, "X", "X", true, true, 1, new BigDecimal("333.50"),
                new BigDecimal("20.00"), List.of());
        var line = SaleLine.priced(0, LineRequest.of(SODA, null, 3), item, clerk(ARIARY));
        assertThat(line.amount()).isEqualTo(new BigDecimal("1001.00"));
        assertThat(line.tax()).isEqualTo(new BigDecimal("167.00"));
        // the same in cents: 1000.50, tax 166.75
        var cents = SaleLine.priced(0, LineRequest.of(SODA, null, 3), item, clerk(CENTS));
        assertThat(cents.amount()).isEqualTo(new BigDecimal("1000.50"));
        assertThat(cents.tax()).isEqualTo(new BigDecimal("166.75"));
        // two lines each rounding up: the total is the sum of the rounded lines, not the rounded sum
        var half = new SaleItem(SODA, null, true, "X", "X", true, true, 1, new BigDecimal("0.50"),
                new BigDecimal("5.50"), List.of());
        var lines = List.of(SaleLine.priced(0, LineRequest.of(SODA, null, 1), half, clerk(ARIARY)),
                SaleLine.priced(1, LineRequest.of(SODA, null, 1), half, clerk(ARIARY)));
        var sale = Sale.draft(UUID.randomUUID(), "S-2026-000001", UUID.randomUUID(), PriceLevel.LEVEL_1,
                UUID.randomUUID(), LocalDate.of(2026, 1, 1), lines, List.of(), new Sale.Stamp("clerk", NOW));
        assertThat(sale.totals().total()).isEqualTo(new BigDecimal("2.00"));
        assertThat(sale.totals().tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new MoneyUnit(0).taxIncluded(new BigDecimal("100.00"), BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aDraftIsConfirmedCompletedOrCancelledWithTheStockWorkAndEventEachCauses() {
        var draft = workedExample();
        var by = new Sale.Stamp("someone", NOW.plusSeconds(60));

        var confirmed = draft.confirm(by);
        assertThat(confirmed.changed()).isTrue();
        assertThat(confirmed.sale().state()).isEqualTo(SaleState.CONFIRMED);
        assertThat(confirmed.sale().confirmed()).isEqualTo(by);
        assertThat(confirmed.stockWork()).isEqualTo(StockWork.RESERVE);
        assertThat(confirmed.event()).isNull();

        var counter = draft.complete(by);
        assertThat(counter.sale().state()).isEqualTo(SaleState.COMPLETED);
        assertThat(counter.stockWork()).isEqualTo(StockWork.RESERVE_AND_ISSUE);
        var event = (SaleCompleted) counter.event();
        assertThat(event.total()).isEqualTo(new BigDecimal("192000.00"));
        assertThat(event.tax()).isEqualTo(new BigDecimal("32000.00"));
        assertThat(event.net()).isEqualTo(new BigDecimal("160000.00"));
        assertThat(event.clerk()).isEqualTo("clerk");
        assertThat(event.completedBy()).isEqualTo("someone");
        assertThat(event.lines()).hasSize(2);
        assertThat(event.lines().getFirst().baseUnits()).isEqualTo(72);

        var phoneOrder = confirmed.sale().complete(by);
        assertThat(phoneOrder.stockWork()).isEqualTo(StockWork.ISSUE);
        assertThat(phoneOrder.sale().completed()).isEqualTo(by);
        assertThat(phoneOrder.event()).isInstanceOf(SaleCompleted.class);

        var cancelledDraft = draft.cancel(by);
        assertThat(cancelledDraft.stockWork()).isEqualTo(StockWork.NONE);
        assertThat(cancelledDraft.sale().state()).isEqualTo(SaleState.CANCELLED);
        assertThat(((SaleCancelled) cancelledDraft.event()).wasConfirmed()).isFalse();

        var cancelledOrder = confirmed.sale().cancel(by);
        assertThat(cancelledOrder.stockWork()).isEqualTo(StockWork.RELEASE);
        assertThat(((SaleCancelled) cancelledOrder.event()).wasConfirmed()).isTrue();
        assertThat(cancelledOrder.sale().cancelled()).isEqualTo(by);
    }

    @Test
    void askingForTheStateASaleHasChangesNothing() {
        var by = new Sale.Stamp("someone", NOW);
        var confirmed = workedExample().confirm(by).sale();
        var completed = confirmed.complete(by).sale();
        var cancelled = confirmed.cancel(by).sale();

        for (var again : List.of(confirmed.confirm(by), completed.complete(by), cancelled.cancel(by))) {
            assertThat(again.changed()).isFalse();
            assertThat(again.stockWork()).isEqualTo(StockWork.NONE);
            assertThat(again.event()).isNull();
        }
        assertThat(confirmed.confirm(by).sale()).isSameAs(confirmed);
    }

    @Test
    void illegalTransitionsAreRefusedAsSaleState() {
        var by = new Sale.Stamp("someone", NOW);
        var completed = workedExample().complete(by).sale();
        var cancelled = workedExample().cancel(by).sale();

        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> completed.confirm(by))
                .satisfies(e -> assertThat(e.type()).isEqualTo("sale-state"));
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> completed.cancel(by))
                .withMessageContaining("return");
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> cancelled.confirm(by));
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> cancelled.complete(by));
        var line = completed.lines().getFirst();
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> completed.withLines(List.of(line), List.of()));
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> workedExample().confirm(by).sale()
                .withLines(List.of(line), List.of()));
        assertThat(workedExample().withLines(List.of(line), List.of()).lines()).containsExactly(line);
    }

    @ParameterizedTest
    @EnumSource(SaleState.class)
    void everyStateAnswersEveryTransition(SaleState from) {
        var by = new Sale.Stamp("someone", NOW);
        var sale = switch (from) {
            case DRAFT -> workedExample();
            case CONFIRMED -> workedExample().confirm(by).sale();
            case COMPLETED -> workedExample().complete(by).sale();
            case CANCELLED -> workedExample().cancel(by).sale();
        };
        var legal = new ArrayList<String>();
        for (var name : List.of("confirm", "complete", "cancel")) {
            try {
                var transition = switch (name) {
                    case "confirm" -> sale.confirm(by);
                    case "complete" -> sale.complete(by);
                    default -> sale.cancel(by);
                };
                legal.add(name + (transition.changed() ? "" : "=") );
            } catch (SaleStateException refused) {
                legal.add("!" + name);
            }
        }
        assertThat(legal).containsExactly(switch (from) {
            case DRAFT -> new String[] {"confirm", "complete", "cancel"};
            case CONFIRMED -> new String[] {"confirm=", "complete", "cancel"};
            case COMPLETED -> new String[] {"!confirm", "complete=", "!cancel"};
            case CANCELLED -> new String[] {"!confirm", "!complete", "cancel="};
        });
    }

    @Test
    void aSaleHoldsOneTo200Lines() {
        var line = workedExample().lines().getFirst();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> workedExample().withLines(List.of(), List.of()))
                .satisfies(e -> assertThat(e.field()).contains("lines"));
        var many = java.util.Collections.nCopies(201, line);
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> workedExample().withLines(many, List.of()));
        // each line fits numeric(15,2), their sum does not: refused before anything is stored
        var huge = SaleLine.priced(0, new LineRequest(BEER, CRATE, 100_000, new BigDecimal("99999999.99"), null, "bulk"),
                crateOfBeer(), manager(ARIARY));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> workedExample().withLines(java.util.Collections.nCopies(2, huge), List.of()))
                .satisfies(e -> assertThat(e.field()).contains("lines"));
    }

    /** DOMAIN.md, "A counter sale, worked through": 2 crates and 48 bottles exchanged, the rest consigned. */
    @Test
    void theWorkedExampleAsksDepositsOf10200ApartFromItsTotalSoThePayableIs202200() {
        var sale = workedExample(List.of(new SaleDeposit.Choice(CRATES, 2, 0), new SaleDeposit.Choice(BOTTLES, 48, 0)));

        assertThat(sale.deposits()).extracting(SaleDeposit::code, SaleDeposit::quantity, SaleDeposit::consigned,
                        SaleDeposit::exchanged, SaleDeposit::due, SaleDeposit::amount)
                .containsExactly(tuple("CRATE-24", 3L, 1L, 2L, 0L, new BigDecimal("3000.00")),
                        tuple("BOTTLE-65", 72L, 24L, 48L, 0L, new BigDecimal("7200.00")));
        assertThat(sale.depositTotal()).isEqualTo(new BigDecimal("10200.00"));
        assertThat(sale.totals().total()).as("deposits are not revenue").isEqualTo(new BigDecimal("192000.00"));
        assertThat(sale.payable()).isEqualTo(new BigDecimal("202200.00"));
        var event = (SaleCompleted) sale.complete(new Sale.Stamp("clerk", NOW)).event();
        assertThat(event.total()).isEqualTo(new BigDecimal("192000.00"));
        assertThat(event.depositTotal()).isEqualTo(new BigDecimal("10200.00"));
        assertThat(event.deposits()).extracting(DepositLine::exchanged).containsExactly(2L, 48L);

        var bottlesOwed = workedExample(List.of(new SaleDeposit.Choice(CRATES, 2, 0),
                new SaleDeposit.Choice(BOTTLES, 48, 24)));
        assertThat(bottlesOwed.payable()).as("the 24 bottles owed instead of paid").isEqualTo(new BigDecimal("195000.00"));
        assertThat(bottlesOwed.deposits().get(1).due()).isEqualTo(24);
    }

    @Test
    void withoutAChoiceEveryContainerIsConsigned() {
        var sale = workedExample();
        assertThat(sale.deposits()).extracting(SaleDeposit::consigned).containsExactly(3L, 72L);
        assertThat(sale.depositTotal()).isEqualTo(new BigDecimal("30600.00"));
    }

    @Test
    void aChoiceOutsideWhatTheLinesCarryIsRefusedNamingIt() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> workedExample(List.of(new SaleDeposit.Choice(UUID.randomUUID(), 1, 0))))
                .satisfies(e -> assertThat(e.field()).contains("deposits[0].containerTypeId"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> workedExample(List.of(new SaleDeposit.Choice(CRATES, 2, 2))))
                .satisfies(e -> assertThat(e.field()).contains("deposits[0].exchanged"))
                .withMessageContaining("3 Crate of 24");
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> workedExample(List.of(new SaleDeposit.Choice(CRATES, 1, 0), new SaleDeposit.Choice(CRATES, 1, 0))))
                .satisfies(e -> assertThat(e.field()).contains("deposits[1].containerTypeId"));
        var carried = List.of(new SaleDeposit.Carried(crateOfBeer().containers(), 1));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SaleDeposit.of(carried, List.of(new SaleDeposit.Choice(BOTTLES, 0, 1)), false, ARIARY))
                .satisfies(e -> assertThat(e.field()).contains("deposits[0].due"))
                .withMessageContaining("walk-in");
    }
}
