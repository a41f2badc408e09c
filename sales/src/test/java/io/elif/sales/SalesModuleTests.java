package io.elif.sales;

import io.elif.catalog.PriceLevel;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.application.ChangeCustomer;
import io.elif.sales.application.CustomerSearch;
import io.elif.sales.application.CustomerView;
import io.elif.sales.application.FindCustomers;
import io.elif.sales.application.RegisterCustomer;
import io.elif.sales.domain.CustomerChange;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sales module alone, against a real PostgreSQL migrated with its own migrations. */
@ApplicationModuleTest
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

    private int customers() {
        return dsl.fetchCount(DSL.table("sales.customer"));
    }

    private List<UUID> ids(CustomerSearch search) {
        return findCustomers.search(search).items().stream().map(CustomerView::id).toList();
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
