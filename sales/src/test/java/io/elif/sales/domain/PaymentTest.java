package io.elif.sales.domain;

import io.elif.catalog.PriceLevel;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.CreditLimitException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Payments: their shape, their allocation oldest first, cash change, and the settlement of a sale as it completes. */
class PaymentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Sale.Stamp TAKEN = new Sale.Stamp("clerk", SaleTest.NOW);
    static final UUID CUSTOMER = UUID.randomUUID();

    static PaymentRequest request(PaymentMethod method, String amount, String reference) {
        return new PaymentRequest(method, new BigDecimal(amount), reference).checked("", SaleTest.ARIARY);
    }

    static OpenSale open(String owed) {
        return new OpenSale(UUID.randomUUID(), "S-2026-000001", new BigDecimal(owed));
    }

    static Customer customer(int terms, String limit) {
        return new Customer(CUSTOMER, new CustomerCode("BAR-1"), "Bar", "", "", "", PriceLevel.LEVEL_2, terms,
                new BigDecimal(limit), true, false);
    }

    static Customer walkIn() {
        return new Customer(CUSTOMER, new CustomerCode(CustomerCode.WALK_IN), "Walk-in", "", "", "", PriceLevel.LEVEL_1, 0,
                BigDecimal.ZERO, true, true);
    }

    @Test
    void aPaymentOnAccountSettlesTheOldestSalesFirstEachUpToWhatItOwes() {
        var oldest = open("42000.00");
        var middle = open("10000.00");
        var newest = open("5000.00");

        var payment = Payment.allocate(UUID.randomUUID(), CUSTOMER, request(PaymentMethod.BANK_TRANSFER, "50000", "TRF-1"),
                List.of(oldest, middle, newest), TAKEN, TODAY, "");

        assertThat(payment.amount()).isEqualByComparingTo("50000");
        assertThat(payment.allocations()).containsExactly(
                new Payment.Allocation(oldest.saleId(), new BigDecimal("42000.00")),
                new Payment.Allocation(middle.saleId(), new BigDecimal("8000.00")));
        assertThat(payment.tendered()).isNull();
        assertThat(payment.change()).isNull();
        assertThat(payment.reference()).isEqualTo("TRF-1");
        assertThat(payment.allocatedTo(newest.saleId())).isZero();
    }

    @Test
    void cashBeyondWhatIsOwedIsChangeWhileOtherMethodsAreRefusedWithTheFigure() {
        var sale = open("42000.00");

        var cash = Payment.allocate(UUID.randomUUID(), CUSTOMER, request(PaymentMethod.CASH, "50000", null),
                List.of(sale), TAKEN, TODAY, "");
        assertThat(cash.amount()).isEqualByComparingTo("42000");
        assertThat(cash.tendered()).isEqualByComparingTo("50000");
        assertThat(cash.change()).isEqualByComparingTo("8000");
        assertThat(cash.allocations()).containsExactly(new Payment.Allocation(sale.saleId(), new BigDecimal("42000.00")));

        var exact = Payment.allocate(UUID.randomUUID(), CUSTOMER, request(PaymentMethod.CASH, "42000", null),
                List.of(sale), TAKEN, TODAY, "");
        assertThat(exact.change()).isZero();

        for (var method : List.of(PaymentMethod.CARD, PaymentMethod.MOBILE_MONEY, PaymentMethod.BANK_TRANSFER)) {
            assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Payment.allocate(UUID.randomUUID(),
                            CUSTOMER, request(method, "42001", "REF-1"), List.of(sale), TAKEN, TODAY, "payments[1]"))
                    .satisfies(e -> {
                        assertThat(e.field()).contains("payments[1].amount");
                        assertThat(e.getMessage()).contains("42000.00");
                    });
        }
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Payment.allocate(UUID.randomUUID(),
                        CUSTOMER, request(PaymentMethod.CASH, "1000", null), List.of(), TAKEN, TODAY, ""))
                .satisfies(e -> {
                    assertThat(e.field()).contains("amount");
                    assertThat(e.getMessage()).contains("nothing is owed");
                });
    }

    @Test
    void aRequestIsCheckedForItsShape() {
        for (var amount : List.of("0", "-1", "0.5", "12345678901234")) {
            assertThatExceptionOfType(InvalidInputException.class).as(amount)
                    .isThrownBy(() -> new PaymentRequest(PaymentMethod.CASH, new BigDecimal(amount), null)
                            .checked("payments[0]", SaleTest.ARIARY))
                    .satisfies(e -> assertThat(e.field()).contains("payments[0].amount"));
        }
        assertThat(new PaymentRequest(PaymentMethod.CARD, new BigDecimal("0.50"), null).checked("", SaleTest.CENTS)
                .amount()).isEqualTo(new BigDecimal("0.50"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> new PaymentRequest(PaymentMethod.CARD, new BigDecimal("0.505"), null)
                        .checked("", SaleTest.CENTS));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> request(PaymentMethod.MOBILE_MONEY, "1000", "  "))
                .satisfies(e -> {
                    assertThat(e.field()).contains("reference");
                    assertThat(e.getMessage()).contains("transaction reference");
                });
        assertThat(request(PaymentMethod.MOBILE_MONEY, "1000", " MP2612.0345.B ").reference()).isEqualTo("MP2612.0345.B");
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> request(PaymentMethod.CASH, "1000", "R1"))
                .satisfies(e -> assertThat(e.field()).contains("reference"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> new PaymentRequest(null, BigDecimal.ONE, null).checked("", SaleTest.ARIARY))
                .satisfies(e -> assertThat(e.field()).contains("method"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> request(PaymentMethod.CARD, "1000", "x".repeat(101)))
                .satisfies(e -> assertThat(e.field()).contains("reference"));
    }

    /**
     * DOMAIN.md's worked example: 192,000 for the goods and 10,200 of deposits (2 crates and 48 bottles exchanged, the
     * rest consigned) make 202,200 asked.
     */
    static Sale workedExample() {
        return SaleTest.workedExample(List.of(new SaleDeposit.Choice(SaleTest.CRATES, 2, 0),
                new SaleDeposit.Choice(SaleTest.BOTTLES, 48, 0)));
    }

    /** DOMAIN.md's worked example: 202,200 asked, 150,000 in cash, 52,200 owed in 30 days. */
    @Test
    void theWorkedExamplePaysPartInCashAndOwesTheRestOnTerms() {
        var sale = workedExample();

        var settlement = Settlement.atCompletion(sale, customer(30, "110000"), new BigDecimal("50000.00"),
                List.of(request(PaymentMethod.CASH, "150000", null)), null, UUID::randomUUID, TAKEN, TODAY);

        assertThat(settlement.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualByComparingTo("150000");
            assertThat(payment.change()).isZero();
            assertThat(payment.allocations()).containsExactly(new Payment.Allocation(sale.id(), new BigDecimal("150000.00")));
        });
        assertThat(settlement.unpaid()).isEqualByComparingTo("52200");
        assertThat(settlement.dueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(settlement.override()).isNull();
    }

    @Test
    void paymentsAtCompletionAreTakenInOrderAndCashBeyondTheRestIsChange() {
        var sale = workedExample();

        var settlement = Settlement.atCompletion(sale, walkIn(), BigDecimal.ZERO,
                List.of(request(PaymentMethod.CARD, "100000", null), request(PaymentMethod.CASH, "110000", null)),
                null, UUID::randomUUID, TAKEN, TODAY);

        assertThat(settlement.payments()).extracting(Payment::amount)
                .containsExactly(new BigDecimal("100000.00"), new BigDecimal("102200.00"));
        assertThat(settlement.payments().get(1).change()).isEqualByComparingTo("7800");
        assertThat(settlement.unpaid()).isZero();
        assertThat(settlement.dueDate()).isNull();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Settlement.atCompletion(sale, walkIn(),
                        BigDecimal.ZERO, List.of(request(PaymentMethod.CASH, "210000", null),
                                request(PaymentMethod.CARD, "1000", null)), null, UUID::randomUUID, TAKEN, TODAY))
                .satisfies(e -> assertThat(e.field()).contains("payments[1].amount"));
    }

    @Test
    void theWalkInCustomerPaysEverythingAtOnce() {
        var sale = workedExample();

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Settlement.atCompletion(sale, walkIn(),
                        BigDecimal.ZERO, List.of(request(PaymentMethod.CASH, "150000", null)),
                        new CreditOverride("friend", "manager", SaleTest.NOW), UUID::randomUUID, TAKEN, TODAY))
                .satisfies(e -> {
                    assertThat(e.field()).contains("payments");
                    assertThat(e.getMessage()).contains("named customer").contains("52200.00");
                });
    }

    @Test
    void beyondTheCreditLimitIsRefusedWithTheFiguresUnlessAManagerOverrides() {
        var sale = workedExample();
        var payments = List.of(request(PaymentMethod.CASH, "150000", null));

        assertThatExceptionOfType(CreditLimitException.class).isThrownBy(() -> Settlement.atCompletion(sale,
                        customer(30, "60000"), new BigDecimal("20000.00"), payments, null, UUID::randomUUID, TAKEN, TODAY))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("credit-limit");
                    assertThat(e.parameters()).containsEntry("creditLimit", "60000.00")
                            .containsEntry("openBalance", "20000.00").containsEntry("unpaid", "52200.00")
                            .containsEntry("excess", "12200.00");
                });
        var fits = Settlement.atCompletion(sale, customer(30, "72200"), new BigDecimal("20000.00"), payments,
                new CreditOverride("not needed", "manager", SaleTest.NOW), UUID::randomUUID, TAKEN, TODAY);
        assertThat(fits.override()).as("recorded only when the limit was exceeded").isNull();
        var override = new CreditOverride("pays on Friday", "manager", SaleTest.NOW);
        var overridden = Settlement.atCompletion(sale, customer(15, "60000"), new BigDecimal("20000.00"), payments,
                override, UUID::randomUUID, TAKEN, TODAY);
        assertThat(overridden.override()).isEqualTo(override);
        assertThat(overridden.dueDate()).isEqualTo(TODAY.plusDays(15));
    }

    @Test
    void onlyAManagerOverridesTheCreditLimitWithAReason() {
        assertThat(CreditOverride.requested(false, null, false, TAKEN)).isNull();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> CreditOverride.requested(true, "friend", false, TAKEN))
                .satisfies(e -> {
                    assertThat(e.field()).contains("creditOverride");
                    assertThat(e.getMessage()).startsWith("only a manager");
                });
        for (var reason : List.of(" ", "x".repeat(201), "two\nlines")) {
            assertThatExceptionOfType(InvalidInputException.class)
                    .isThrownBy(() -> CreditOverride.requested(true, reason, true, TAKEN))
                    .satisfies(e -> assertThat(e.field()).contains("creditOverride.reason"));
        }
        assertThat(CreditOverride.requested(true, " pays Friday ", true, TAKEN))
                .isEqualTo(new CreditOverride("pays Friday", "clerk", SaleTest.NOW));
    }

    @Test
    void ageingCountsFromTheDueDate() {
        var ageing = Ageing.NONE;
        for (var days : List.of(0, 1, 30, 31, 60, 61, 90, 91)) {
            ageing = ageing.plus(days, new BigDecimal("100.00"));
        }
        assertThat(ageing).isEqualTo(new Ageing(new BigDecimal("100.00"), new BigDecimal("200.00"),
                new BigDecimal("200.00"), new BigDecimal("200.00"), new BigDecimal("100.00")));
        assertThat(ageing.total()).isEqualByComparingTo("800");
        assertThat(Ageing.daysOverdue(TODAY, TODAY)).isZero();
        assertThat(Ageing.daysOverdue(TODAY.plusDays(3), TODAY)).isZero();
        assertThat(Ageing.daysOverdue(TODAY.minusDays(45), TODAY)).isEqualTo(45);
        assertThat(Ageing.daysOverdue(null, TODAY)).isZero();
    }

    @Test
    void paymentStatusFollowsWhatWasPaid() {
        assertThat(PaymentStatus.of(new BigDecimal("100"), BigDecimal.ZERO)).isEqualTo(PaymentStatus.UNPAID);
        assertThat(PaymentStatus.of(new BigDecimal("100"), new BigDecimal("1"))).isEqualTo(PaymentStatus.PARTLY_PAID);
        assertThat(PaymentStatus.of(new BigDecimal("100"), new BigDecimal("100.00"))).isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentStatus.of(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(PaymentStatus.PAID);
    }
}
