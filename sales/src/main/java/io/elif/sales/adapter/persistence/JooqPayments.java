package io.elif.sales.adapter.persistence;

import io.elif.sales.application.CustomerAccount;
import io.elif.sales.application.Payments;
import io.elif.sales.application.SalePayments;
import io.elif.sales.domain.Ageing;
import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.OpenSale;
import io.elif.sales.domain.SaleMoney;
import io.elif.sales.domain.Payment;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.SaleState;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.sales.adapter.persistence.jooq.Tables.CUSTOMER;
import static io.elif.sales.adapter.persistence.jooq.Tables.PAYMENT;
import static io.elif.sales.adapter.persistence.jooq.Tables.PAYMENT_ALLOCATION;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqPayments implements Payments {

    private static final String COMPLETED = SaleState.COMPLETED.name();

    private final DSLContext dsl;

    JooqPayments(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the sale in scope asks: its total and the deposits paid with it, less what its returns took off. */
    static Field<BigDecimal> asked() {
        return SALE.TOTAL.plus(SALE.DEPOSIT_TOTAL).minus(DSL.field(select(coalesce(sum(SALE_RETURN.CREDIT),
                BigDecimal.ZERO)).from(SALE_RETURN).where(SALE_RETURN.SALE_ID.eq(SALE.ID))));
    }

    /**
     * What has been settled of the sale in scope: its allocations less what its returns refunded (correlated
     * subqueries on the two indexes).
     */
    static Field<BigDecimal> paid() {
        return DSL.field(select(coalesce(sum(PAYMENT_ALLOCATION.AMOUNT), BigDecimal.ZERO)).from(PAYMENT_ALLOCATION)
                .where(PAYMENT_ALLOCATION.SALE_ID.eq(SALE.ID))).minus(DSL.field(select(coalesce(sum(SALE_RETURN.REFUND),
                BigDecimal.ZERO)).from(SALE_RETURN).where(SALE_RETURN.SALE_ID.eq(SALE.ID))));
    }

    @Override
    public void add(Payment payment) {
        dsl.insertInto(PAYMENT)
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.CUSTOMER_ID, payment.customerId())
                .set(PAYMENT.METHOD, payment.method().name())
                .set(PAYMENT.AMOUNT, payment.amount())
                .set(PAYMENT.REFERENCE, payment.reference())
                .set(PAYMENT.TENDERED, payment.tendered())
                .set(PAYMENT.CHANGE_GIVEN, payment.change())
                .set(PAYMENT.TAKEN_BY, payment.taken().by())
                .set(PAYMENT.TAKEN_AT, payment.taken().at().atOffset(ZoneOffset.UTC))
                .set(PAYMENT.BUSINESS_DATE, payment.businessDate())
                .execute();
        var insert = dsl.insertInto(PAYMENT_ALLOCATION, PAYMENT_ALLOCATION.PAYMENT_ID, PAYMENT_ALLOCATION.SALE_ID,
                PAYMENT_ALLOCATION.AMOUNT);
        for (var allocation : payment.allocations()) {
            insert = insert.values(payment.id(), allocation.saleId(), allocation.amount());
        }
        insert.execute();
    }

    @Override
    public SaleMoney moneyOf(UUID saleId) {
        return dsl.select(asked(), paid()).from(SALE).where(SALE.ID.eq(saleId))
                .fetchSingle(row -> new SaleMoney(row.value1(), row.value2()));
    }

    @Override
    public List<OpenSale> openSales(UUID customerId) {
        var owed = asked().minus(paid()).as("owed");
        return dsl.select(SALE.ID, SALE.NUMBER, owed).from(SALE)
                .where(SALE.CUSTOMER_ID.eq(customerId), SALE.STATE.eq(COMPLETED), paid().lt(asked()))
                .orderBy(SALE.COMPLETED_AT, SALE.ID)
                .fetch(row -> new OpenSale(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public BigDecimal openBalance(UUID customerId, UUID except) {
        return dsl.select(coalesce(sum(asked().minus(paid())), BigDecimal.ZERO)).from(SALE)
                .where(SALE.CUSTOMER_ID.eq(customerId), SALE.STATE.eq(COMPLETED), SALE.ID.ne(except))
                .fetchSingle().value1();
    }

    @Override
    public Optional<SalePayments> ofSale(UUID saleId) {
        var lines = multiset(select(PAYMENT.ID, PAYMENT.METHOD, PAYMENT_ALLOCATION.AMOUNT, PAYMENT.TENDERED,
                PAYMENT.CHANGE_GIVEN, PAYMENT.REFERENCE, PAYMENT.TAKEN_BY, PAYMENT.TAKEN_AT)
                .from(PAYMENT_ALLOCATION).join(PAYMENT).on(PAYMENT.ID.eq(PAYMENT_ALLOCATION.PAYMENT_ID))
                .where(PAYMENT_ALLOCATION.SALE_ID.eq(SALE.ID))
                .orderBy(PAYMENT.SEQ))
                .convertFrom(result -> result.map(row -> new SalePayments.Line(row.value1(),
                        PaymentMethod.valueOf(row.value2()), row.value3(), row.value4(), row.value5(), row.value6(),
                        row.value7(), row.value8().toInstant())));
        return dsl.select(SALE.STATE, asked(), paid(), SALE.DUE_DATE, SALE.CREDIT_REASON, SALE.CREDIT_OVERRIDDEN_BY,
                        SALE.CREDIT_OVERRIDDEN_AT, lines)
                .from(SALE).where(SALE.ID.eq(saleId))
                .fetchOptional(row -> {
                    var completed = COMPLETED.equals(row.value1());
                    var payable = row.value2();
                    var paid = row.value3();
                    return new SalePayments(paid, completed ? payable.subtract(paid).max(BigDecimal.ZERO) : null,
                            row.value4(), completed ? PaymentStatus.of(payable, paid) : null, row.value8(),
                            row.value5() == null ? null
                                    : new CreditOverride(row.value5(), row.value6(), row.value7().toInstant()));
                });
    }

    @Override
    public Optional<CustomerAccount> account(UUID customerId, LocalDate today, int recentPayments) {
        var open = multiset(select(SALE.ID, SALE.NUMBER, SALE.BUSINESS_DATE, SALE.DUE_DATE, asked(), paid())
                .from(SALE)
                .where(SALE.CUSTOMER_ID.eq(CUSTOMER.ID), SALE.STATE.eq(COMPLETED), paid().lt(asked()))
                .orderBy(SALE.COMPLETED_AT, SALE.ID))
                .convertFrom(result -> result.map(row -> new CustomerAccount.OpenSaleLine(row.value1(), row.value2(),
                        row.value3(), row.value4(), row.value5(), row.value6(), row.value5().subtract(row.value6()),
                        Ageing.daysOverdue(row.value4(), today))));
        var allocations = multiset(select(PAYMENT_ALLOCATION.SALE_ID, SALE.NUMBER, PAYMENT_ALLOCATION.AMOUNT)
                .from(PAYMENT_ALLOCATION).join(SALE).on(SALE.ID.eq(PAYMENT_ALLOCATION.SALE_ID))
                .where(PAYMENT_ALLOCATION.PAYMENT_ID.eq(PAYMENT.ID))
                .orderBy(SALE.COMPLETED_AT, SALE.ID))
                .convertFrom(result -> result.map(row -> new CustomerAccount.AllocationLine(row.value1(), row.value2(),
                        row.value3())));
        var payments = multiset(select(PAYMENT.ID, PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.TENDERED,
                PAYMENT.CHANGE_GIVEN, PAYMENT.REFERENCE, PAYMENT.TAKEN_BY, PAYMENT.TAKEN_AT, PAYMENT.BUSINESS_DATE,
                allocations)
                .from(PAYMENT).where(PAYMENT.CUSTOMER_ID.eq(CUSTOMER.ID))
                .orderBy(PAYMENT.SEQ.desc())
                .limit(recentPayments))
                .convertFrom(result -> result.map(row -> new CustomerAccount.PaymentLine(row.value1(),
                        PaymentMethod.valueOf(row.value2()), row.value3(), row.value4(), row.value5(), row.value6(),
                        row.value7(), time(row.value8()), row.value9(), row.value10())));
        return dsl.select(CUSTOMER.ID, CUSTOMER.CODE, CUSTOMER.NAME, CUSTOMER.CREDIT_LIMIT,
                        CUSTOMER.PAYMENT_TERMS_DAYS, open, payments)
                .from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(row -> {
                    var ageing = Ageing.NONE;
                    var sales = new ArrayList<>(row.value6());
                    for (var sale : sales) {
                        ageing = ageing.plus(sale.daysOverdue(), sale.owed());
                    }
                    return new CustomerAccount(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                            today, ageing.total(), ageing, sales, row.value7());
                });
    }

    private static java.time.Instant time(OffsetDateTime at) {
        return at.toInstant();
    }
}
