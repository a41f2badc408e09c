package io.elif.sales.adapter.persistence;

import io.elif.catalog.PriceLevel;
import io.elif.sales.DuplicateCustomerCodeException;
import io.elif.sales.adapter.persistence.jooq.tables.records.CustomerRecord;
import io.elif.sales.application.CustomerPage;
import io.elif.sales.application.CustomerSearch;
import io.elif.sales.application.CustomerView;
import io.elif.sales.application.Customers;
import io.elif.kernel.NumberSeries;
import io.elif.sales.domain.Customer;
import io.elif.sales.domain.CustomerCode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.elif.sales.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqCustomers implements Customers {

    private static final String CUSTOMER_SERIES = "customer";

    private final DSLContext dsl;
    private final NumberSeries numbers;

    JooqCustomers(DSLContext dsl, NumberSeries numbers) {
        this.dsl = dsl;
        this.numbers = numbers;
    }

    @Override
    public void add(Customer customer) {
        try {
            dsl.insertInto(CUSTOMER)
                    .set(CUSTOMER.ID, customer.id())
                    .set(CUSTOMER.CODE, customer.code().value())
                    .set(CUSTOMER.ACTIVE, customer.active())
                    .set(CUSTOMER.WALK_IN, customer.walkIn())
                    .set(details(customer))
                    .execute();
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains("customer_code_key")) {
                throw new DuplicateCustomerCodeException(customer.code().value());
            }
            throw e;
        }
    }

    @Override
    public void update(Customer customer) {
        dsl.update(CUSTOMER)
                .set(details(customer))
                .set(CUSTOMER.ACTIVE, customer.active())
                .set(CUSTOMER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CUSTOMER.ID.eq(customer.id()))
                .execute();
    }

    @Override
    public Optional<Customer> lock(UUID id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).forUpdate().fetchOptional().map(JooqCustomers::toCustomer);
    }

    @Override
    public Optional<CustomerView> view(UUID id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional().map(JooqCustomers::toView);
    }

    @Override
    public CustomerView walkIn() {
        return toView(dsl.selectFrom(CUSTOMER).where(CUSTOMER.WALK_IN.isTrue()).fetchSingle());
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public CustomerPage search(CustomerSearch search) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var rows = dsl.select(CUSTOMER.fields()).select(total)
                .from(CUSTOMER)
                .where(filter)
                .orderBy(CUSTOMER.NAME.lower(), CUSTOMER.CODE)
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty() ? dsl.fetchCount(CUSTOMER, filter) : rows.getFirst().get(total);
        return new CustomerPage(rows.map(row -> toView(row.into(CUSTOMER))), search.page(), search.size(), totalItems);
    }

    /** Skips numbers whose code a user gave by hand ({@code C-000007} typed in), so a creation never collides. */
    @Override
    public CustomerCode nextCode() {
        while (true) {
            var number = numbers.next(CUSTOMER_SERIES);
            var code = CustomerCode.numbered(number);
            if (!dsl.fetchExists(CUSTOMER, CUSTOMER.CODE.upper().eq(code.value()))) {
                return code;
            }
        }
    }

    @Override
    public long count() {
        return dsl.fetchCount(CUSTOMER);
    }

    private static Condition matching(CustomerSearch search) {
        var condition = noCondition();
        if (!search.text().isEmpty()) {
            condition = CUSTOMER.NAME.containsIgnoreCase(search.text())
                    .or(CUSTOMER.CODE.containsIgnoreCase(search.text()))
                    .or(CUSTOMER.PHONE.containsIgnoreCase(search.text()));
        }
        if (search.active() != null) {
            condition = condition.and(CUSTOMER.ACTIVE.eq(search.active()));
        }
        return condition;
    }

    private static Map<Field<?>, Object> details(Customer customer) {
        var values = new HashMap<Field<?>, Object>();
        values.put(CUSTOMER.NAME, customer.name());
        values.put(CUSTOMER.PHONE, customer.phone());
        values.put(CUSTOMER.EMAIL, customer.email());
        values.put(CUSTOMER.ADDRESS, customer.address());
        values.put(CUSTOMER.PRICE_LEVEL, customer.priceLevel().name());
        values.put(CUSTOMER.PAYMENT_TERMS_DAYS, customer.paymentTermsDays());
        values.put(CUSTOMER.CREDIT_LIMIT, customer.creditLimit());
        return values;
    }

    private static Customer toCustomer(CustomerRecord row) {
        return new Customer(row.getId(), new CustomerCode(row.getCode()), row.getName(), row.getPhone(), row.getEmail(),
                row.getAddress(), PriceLevel.valueOf(row.getPriceLevel()), row.getPaymentTermsDays(), row.getCreditLimit(),
                row.getActive(), row.getWalkIn());
    }

    private static CustomerView toView(CustomerRecord row) {
        return new CustomerView(row.getId(), row.getCode(), row.getName(), row.getPhone(), row.getEmail(), row.getAddress(),
                PriceLevel.valueOf(row.getPriceLevel()), row.getPaymentTermsDays(), row.getCreditLimit(), row.getActive(),
                row.getWalkIn(), row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
    }
}
