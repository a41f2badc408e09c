package io.elif.sales.domain;

import io.elif.catalog.PriceLevel;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.NewCustomer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CustomerTest {

    private static final CustomerCode CODE = new CustomerCode("C-000001");

    @Test
    void aClerksCustomerGetsTheDefaultTermsAndTrimmedDetails() {
        var customer = Customer.register(UUID.randomUUID(), CODE,
                new NewCustomer(null, "  Épicerie Rasoa  ", " +261 34 12 345 67 ", "", "Lot II M 45\nAnalakely", null, null,
                        null), false);

        assertThat(customer.name()).isEqualTo("Épicerie Rasoa");
        assertThat(customer.phone()).isEqualTo("+261 34 12 345 67");
        assertThat(customer.email()).isEmpty();
        assertThat(customer.address()).isEqualTo("Lot II M 45\nAnalakely");
        assertThat(customer.priceLevel()).isEqualTo(PriceLevel.LEVEL_1);
        assertThat(customer.paymentTermsDays()).isEqualTo(30);
        assertThat(customer.creditLimit()).isEqualTo(new BigDecimal("0.00"));
        assertThat(customer.active()).isTrue();
        assertThat(customer.walkIn()).isFalse();
    }

    @Test
    void onlyAManagerSetsCommercialTerms() {
        assertRefused(() -> register(new NewCustomer(null, "Bar Tsara", null, null, null, PriceLevel.LEVEL_2, null, null), false),
                "priceLevel", "only a manager sets the price level");
        assertRefused(() -> register(new NewCustomer(null, "Bar Tsara", null, null, null, null, 0, null), false),
                "paymentTermsDays", "only a manager sets the payment terms");
        assertRefused(() -> register(new NewCustomer(null, "Bar Tsara", null, null, null, null, null, BigDecimal.ZERO), false),
                "creditLimit", "only a manager sets the credit limit");

        var wholesale = register(new NewCustomer(null, "Grossiste Ando", null, null, null, PriceLevel.WHOLESALE, 60,
                new BigDecimal("5000000")), true);
        assertThat(wholesale.priceLevel()).isEqualTo(PriceLevel.WHOLESALE);
        assertThat(wholesale.paymentTermsDays()).isEqualTo(60);
        assertThat(wholesale.creditLimit()).isEqualTo(new BigDecimal("5000000.00"));
    }

    @Test
    void eachFieldIsBounded() {
        assertRefused(() -> register(named(" "), true), "name", "must not be blank");
        assertRefused(() -> register(named("x".repeat(121)), true), "name", "must be at most 120 characters");
        assertRefused(() -> register(named("Bar\nTsara"), true), "name", "must be one line");
        assertThat(register(named("x".repeat(120)), true).name()).hasSize(120);
        assertRefused(() -> register(new NewCustomer(null, "A", "12", null, null, null, null, null), true), "phone", null);
        assertRefused(() -> register(new NewCustomer(null, "A", "034 12 abc", null, null, null, null, null), true), "phone", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, "rasoa@", null, null, null, null), true), "email", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, "a@b.mg" + "x".repeat(250), null, null, null, null), true),
                "email", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, "x".repeat(501), null, null, null), true),
                "address", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, null, null, 366, null), true), "paymentTermsDays", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, null, null, -1, null), true), "paymentTermsDays", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, null, null, null, new BigDecimal("-0.01")), true),
                "creditLimit", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, null, null, null, new BigDecimal("1.005")), true),
                "creditLimit", null);
        assertRefused(() -> register(new NewCustomer(null, "A", null, null, null, null, null, new BigDecimal("1E13")), true),
                "creditLimit", null);
        assertThat(register(new NewCustomer(null, "A", "(034) 12-345", "rasoa@shop.mg", null, null, 365,
                new BigDecimal("9999999999999.99")), true).paymentTermsDays()).isEqualTo(365);
    }

    @Test
    void theWalkInCustomerStaysActivePaysAtOnceAndKeepsItsCode() {
        var walkIn = new Customer(UUID.randomUUID(), new CustomerCode(CustomerCode.WALK_IN), "Walk-in customer", "", "", "",
                PriceLevel.LEVEL_1, 0, BigDecimal.ZERO, true, true);

        assertRefused(walkIn::deactivate, "active", "the walk-in customer cannot be deactivated");
        assertRefused(() -> walkIn.change(change(0, "100")), "creditLimit", null);
        assertRefused(() -> walkIn.change(change(30, "0")), "paymentTermsDays", null);
        assertRefused(() -> new Customer(walkIn.id(), CODE, walkIn.name(), "", "", "", PriceLevel.LEVEL_1, 0,
                BigDecimal.ZERO, true, true), "code", null);
        var renamed = walkIn.change(new CustomerChange("Client de passage", "", "", "", PriceLevel.LEVEL_2, 0, BigDecimal.ZERO));
        assertThat(renamed.name()).isEqualTo("Client de passage");
        assertThat(renamed.code()).isEqualTo(walkIn.code());
        assertThat(renamed.walkIn()).isTrue();
    }

    @Test
    void deactivatingAnInactiveCustomerOrActivatingAnActiveOneChangesNothing() {
        var customer = register(named("Bar Tsara"), true);

        assertThat(customer.activate()).isEmpty();
        var inactive = customer.deactivate().orElseThrow();
        assertThat(inactive.active()).isFalse();
        assertThat(inactive.deactivate()).isEmpty();
        assertThat(inactive.activate()).hasValueSatisfying(again -> assertThat(again.active()).isTrue());
    }

    @Test
    void aChangeKeepsTheCodeAndTheActiveFlag() {
        var customer = register(named("Bar Tsara"), true).deactivate().orElseThrow();

        var changed = customer.change(change(45, "250000"));

        assertThat(changed.code()).isEqualTo(CODE);
        assertThat(changed.active()).isFalse();
        assertThat(changed.paymentTermsDays()).isEqualTo(45);
        assertThat(changed.creditLimit()).isEqualTo(new BigDecimal("250000.00"));
        assertRefused(() -> customer.change(new CustomerChange("A", "", "", "", null, 30, BigDecimal.ZERO)), "priceLevel", null);
    }

    private static Customer register(NewCustomer customer, boolean byManager) {
        return Customer.register(UUID.randomUUID(), CODE, customer, byManager);
    }

    private static NewCustomer named(String name) {
        return new NewCustomer(null, name, null, null, null, null, null, null);
    }

    private static CustomerChange change(int days, String credit) {
        return new CustomerChange("Walk-in customer", "", "", "", PriceLevel.LEVEL_1, days, new BigDecimal(credit));
    }

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call::run).satisfies(e -> {
            assertThat(e.field()).contains(field);
            if (message != null) {
                assertThat(e.getMessage()).isEqualTo(message);
            }
        });
    }
}
