package io.elif.sales.adapter.persistence;

import io.elif.catalog.ContainerKind;
import io.elif.sales.application.ContainerReturns;
import io.elif.sales.domain.ContainerBalance;
import io.elif.sales.domain.ContainerReturn;
import io.elif.sales.domain.Sale;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.sales.adapter.persistence.jooq.Tables.CONTAINER_RETURN;
import static io.elif.sales.adapter.persistence.jooq.Tables.CONTAINER_RETURN_LINE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_DEPOSIT;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN_DEPOSIT;

@Repository
class JooqContainerReturns implements ContainerReturns {

    private final DSLContext dsl;

    JooqContainerReturns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ContainerReturn taken) {
        dsl.insertInto(CONTAINER_RETURN)
                .set(CONTAINER_RETURN.ID, taken.id())
                .set(CONTAINER_RETURN.NUMBER, taken.number())
                .set(CONTAINER_RETURN.CUSTOMER_ID, taken.customerId())
                .set(CONTAINER_RETURN.WAREHOUSE_ID, taken.warehouseId())
                .set(CONTAINER_RETURN.BUSINESS_DATE, taken.businessDate())
                .set(CONTAINER_RETURN.REFUND_TOTAL, taken.refundTotal())
                .set(CONTAINER_RETURN.CREATED_BY, taken.created().by())
                .set(CONTAINER_RETURN.CREATED_AT, taken.created().at().atOffset(ZoneOffset.UTC))
                .execute();
        var insert = dsl.insertInto(CONTAINER_RETURN_LINE, CONTAINER_RETURN_LINE.RETURN_ID,
                CONTAINER_RETURN_LINE.CONTAINER_TYPE_ID, CONTAINER_RETURN_LINE.CODE, CONTAINER_RETURN_LINE.NAME,
                CONTAINER_RETURN_LINE.KIND, CONTAINER_RETURN_LINE.UNIT_DEPOSIT, CONTAINER_RETURN_LINE.QUANTITY,
                CONTAINER_RETURN_LINE.SETTLED, CONTAINER_RETURN_LINE.REFUNDED, CONTAINER_RETURN_LINE.REFUND);
        for (var line : taken.lines()) {
            insert = insert.values(taken.id(), line.containerTypeId(), line.code(), line.name(), line.kind().name(),
                    line.unitDeposit(), line.quantity(), line.settled(), line.refunded(), line.refund());
        }
        insert.execute();
    }

    /**
     * The deposit lines of the customer's completed sales add what they took; their returns of empties, and the
     * containers of goods returned with a sale's return, take away what they settled and had refunded; the latest document of a type names it and gives its unit deposit.
     */
    @Override
    public List<ContainerBalance> balances(UUID customerId) {
        var sold = DSL.select(SALE_DEPOSIT.CONTAINER_TYPE_ID.as("type"), SALE_DEPOSIT.CODE.as("code"),
                        SALE_DEPOSIT.NAME.as("name"), SALE_DEPOSIT.KIND.as("kind"), SALE_DEPOSIT.CONSIGNED.as("consigned"),
                        SALE_DEPOSIT.DUE.as("due"), SALE_DEPOSIT.AMOUNT.as("paid"),
                        SALE_DEPOSIT.UNIT_DEPOSIT.as("unit_deposit"), SALE.COMPLETED_AT.as("at"))
                .from(SALE_DEPOSIT).join(SALE).on(SALE.ID.eq(SALE_DEPOSIT.SALE_ID))
                .where(SALE.CUSTOMER_ID.eq(customerId), SALE.STATE.eq("COMPLETED"));
        var returned = DSL.select(CONTAINER_RETURN_LINE.CONTAINER_TYPE_ID, CONTAINER_RETURN_LINE.CODE,
                        CONTAINER_RETURN_LINE.NAME, CONTAINER_RETURN_LINE.KIND, CONTAINER_RETURN_LINE.REFUNDED.neg(),
                        CONTAINER_RETURN_LINE.SETTLED.neg(), CONTAINER_RETURN_LINE.REFUND.neg(),
                        CONTAINER_RETURN_LINE.UNIT_DEPOSIT, CONTAINER_RETURN.CREATED_AT)
                .from(CONTAINER_RETURN_LINE).join(CONTAINER_RETURN).on(CONTAINER_RETURN.ID.eq(CONTAINER_RETURN_LINE.RETURN_ID))
                .where(CONTAINER_RETURN.CUSTOMER_ID.eq(customerId));
        var goodsBack = DSL.select(SALE_RETURN_DEPOSIT.CONTAINER_TYPE_ID, SALE_RETURN_DEPOSIT.CODE,
                        SALE_RETURN_DEPOSIT.NAME, SALE_RETURN_DEPOSIT.KIND, SALE_RETURN_DEPOSIT.CONSIGNED.neg(),
                        SALE_RETURN_DEPOSIT.DUE.neg(),
                        SALE_RETURN_DEPOSIT.UNIT_DEPOSIT.times(SALE_RETURN_DEPOSIT.CONSIGNED).neg(),
                        SALE_RETURN_DEPOSIT.UNIT_DEPOSIT, SALE_RETURN.CREATED_AT)
                .from(SALE_RETURN_DEPOSIT).join(SALE_RETURN).on(SALE_RETURN.ID.eq(SALE_RETURN_DEPOSIT.RETURN_ID))
                .where(SALE_RETURN.CUSTOMER_ID.eq(customerId));
        var moved = sold.unionAll(returned).unionAll(goodsBack).asTable("moved");
        var type = moved.field("type", SQLDataType.UUID);
        var at = moved.field("at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        var code = latest(moved.field("code", SQLDataType.VARCHAR), at);
        var name = latest(moved.field("name", SQLDataType.VARCHAR), at);
        var kind = DSL.max(moved.field("kind", SQLDataType.VARCHAR));
        var unitDeposit = latest(moved.field("unit_deposit", SQLDataType.NUMERIC), at);
        var consigned = DSL.sum(moved.field("consigned", SQLDataType.BIGINT));
        var due = DSL.sum(moved.field("due", SQLDataType.BIGINT));
        var paid = DSL.sum(moved.field("paid", SQLDataType.NUMERIC));
        return dsl.select(type, code, name, kind, consigned, due, paid, unitDeposit)
                .from(moved)
                .groupBy(type)
                .having(consigned.plus(due).ne(BigDecimal.ZERO).or(paid.ne(BigDecimal.ZERO)))
                .orderBy(kind.desc(), code)
                .fetch(row -> new ContainerBalance(row.value1(), row.value2(), row.value3(),
                        ContainerKind.valueOf(row.value4()), row.value5().longValueExact(), row.value6().longValueExact(),
                        row.value7(), row.value8()));
    }

    @Override
    public List<ContainerReturn> ofCustomer(UUID customerId, int limit) {
        var returns = dsl.selectFrom(CONTAINER_RETURN).where(CONTAINER_RETURN.CUSTOMER_ID.eq(customerId))
                .orderBy(CONTAINER_RETURN.CREATED_AT.desc(), CONTAINER_RETURN.ID).limit(limit).fetch();
        var lines = dsl.selectFrom(CONTAINER_RETURN_LINE)
                .where(CONTAINER_RETURN_LINE.RETURN_ID.in(returns.map(row -> row.getId())))
                .orderBy(CONTAINER_RETURN_LINE.KIND.desc(), CONTAINER_RETURN_LINE.CODE)
                .fetch().stream().collect(Collectors.groupingBy(line -> line.getReturnId()));
        return returns.map(row -> new ContainerReturn(row.getId(), row.getNumber(), row.getCustomerId(),
                row.getWarehouseId(), row.getBusinessDate(), lines.getOrDefault(row.getId(), List.of()).stream()
                .map(line -> new ContainerReturn.Line(line.getContainerTypeId(), line.getCode(), line.getName(),
                        ContainerKind.valueOf(line.getKind()), line.getUnitDeposit(), line.getQuantity(),
                        line.getSettled(), line.getRefunded(), line.getRefund())).toList(),
                row.getRefundTotal(), new Sale.Stamp(row.getCreatedBy(), row.getCreatedAt().toInstant())));
    }

    /** The value on the latest row of the group. */
    private static <T> Field<T> latest(Field<T> field, Field<OffsetDateTime> at) {
        return DSL.field("(array_agg({0} order by {1} desc))[1]", field.getDataType(), field, at);
    }
}
