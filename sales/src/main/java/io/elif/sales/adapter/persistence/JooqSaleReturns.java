package io.elif.sales.adapter.persistence;

import io.elif.catalog.ContainerKind;
import io.elif.sales.application.SaleReturns;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleReturn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN_DEPOSIT;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_RETURN_LINE;

@Repository
class JooqSaleReturns implements SaleReturns {

    private final DSLContext dsl;

    JooqSaleReturns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(SaleReturn taken) {
        dsl.insertInto(SALE_RETURN)
                .set(SALE_RETURN.ID, taken.id())
                .set(SALE_RETURN.NUMBER, taken.number())
                .set(SALE_RETURN.SALE_ID, taken.saleId())
                .set(SALE_RETURN.CUSTOMER_ID, taken.customerId())
                .set(SALE_RETURN.WAREHOUSE_ID, taken.warehouseId())
                .set(SALE_RETURN.BUSINESS_DATE, taken.businessDate())
                .set(SALE_RETURN.REASON, taken.reason())
                .set(SALE_RETURN.TOTAL, taken.total())
                .set(SALE_RETURN.TAX, taken.tax())
                .set(SALE_RETURN.DEPOSIT_REFUND, taken.depositRefund())
                .set(SALE_RETURN.CREDIT, taken.credit())
                .set(SALE_RETURN.REFUND, taken.refund())
                .set(SALE_RETURN.REFUND_METHOD, taken.refundMethod() == null ? null : taken.refundMethod().name())
                .set(SALE_RETURN.CREATED_BY, taken.created().by())
                .set(SALE_RETURN.CREATED_AT, taken.created().at().atOffset(ZoneOffset.UTC))
                .execute();
        var lines = dsl.insertInto(SALE_RETURN_LINE, SALE_RETURN_LINE.RETURN_ID, SALE_RETURN_LINE.LINE_NO,
                SALE_RETURN_LINE.PRODUCT_ID, SALE_RETURN_LINE.PACK_ID, SALE_RETURN_LINE.SKU, SALE_RETURN_LINE.NAME,
                SALE_RETURN_LINE.QUANTITY, SALE_RETURN_LINE.BASE_UNITS, SALE_RETURN_LINE.UNIT_PRICE,
                SALE_RETURN_LINE.AMOUNT, SALE_RETURN_LINE.TAX);
        for (var line : taken.lines()) {
            lines = lines.values(taken.id(), line.lineNo(), line.productId(), line.packId(), line.sku(), line.name(),
                    line.quantity(), line.baseUnits(), line.unitPrice(), line.amount(), line.tax());
        }
        lines.execute();
        if (!taken.deposits().isEmpty()) {
            var deposits = dsl.insertInto(SALE_RETURN_DEPOSIT, SALE_RETURN_DEPOSIT.RETURN_ID,
                    SALE_RETURN_DEPOSIT.CONTAINER_TYPE_ID, SALE_RETURN_DEPOSIT.CODE, SALE_RETURN_DEPOSIT.NAME,
                    SALE_RETURN_DEPOSIT.KIND, SALE_RETURN_DEPOSIT.UNIT_DEPOSIT, SALE_RETURN_DEPOSIT.DUE,
                    SALE_RETURN_DEPOSIT.CONSIGNED, SALE_RETURN_DEPOSIT.EXCHANGED, SALE_RETURN_DEPOSIT.REFUND);
            for (var deposit : taken.deposits()) {
                deposits = deposits.values(taken.id(), deposit.containerTypeId(), deposit.code(), deposit.name(),
                        deposit.kind().name(), deposit.unitDeposit(), deposit.due(), deposit.consigned(),
                        deposit.exchanged(), deposit.refund());
            }
            deposits.execute();
        }
    }

    /** Two queries: the lines' sums per sale line, the deposits' per container type. */
    @Override
    public SaleReturn.Before before(UUID saleId) {
        var lines = dsl.select(SALE_RETURN_LINE.LINE_NO, DSL.sum(SALE_RETURN_LINE.QUANTITY),
                        DSL.sum(SALE_RETURN_LINE.AMOUNT), DSL.sum(SALE_RETURN_LINE.TAX))
                .from(SALE_RETURN_LINE).join(SALE_RETURN).on(SALE_RETURN.ID.eq(SALE_RETURN_LINE.RETURN_ID))
                .where(SALE_RETURN.SALE_ID.eq(saleId))
                .groupBy(SALE_RETURN_LINE.LINE_NO)
                .fetchMap(row -> row.value1(), row -> new SaleReturn.Line(row.value1(), null, null, null, null,
                        row.value2().intValueExact(), 0, null, row.value3(), row.value4()));
        var deposits = dsl.select(SALE_RETURN_DEPOSIT.CONTAINER_TYPE_ID, DSL.sum(SALE_RETURN_DEPOSIT.DUE),
                        DSL.sum(SALE_RETURN_DEPOSIT.CONSIGNED), DSL.sum(SALE_RETURN_DEPOSIT.EXCHANGED))
                .from(SALE_RETURN_DEPOSIT).join(SALE_RETURN).on(SALE_RETURN.ID.eq(SALE_RETURN_DEPOSIT.RETURN_ID))
                .where(SALE_RETURN.SALE_ID.eq(saleId))
                .groupBy(SALE_RETURN_DEPOSIT.CONTAINER_TYPE_ID)
                .fetchMap(row -> row.value1(), row -> new SaleReturn.DepositReversal(row.value1(), null, null, null,
                        null, row.value2().longValueExact(), row.value3().longValueExact(),
                        row.value4().longValueExact(), BigDecimal.ZERO));
        return new SaleReturn.Before(lines, deposits);
    }

    @Override
    public List<SaleReturn> ofSale(UUID saleId) {
        var returns = dsl.select(SALE_RETURN.asterisk(), SALE.NUMBER).from(SALE_RETURN)
                .join(SALE).on(SALE.ID.eq(SALE_RETURN.SALE_ID))
                .where(SALE_RETURN.SALE_ID.eq(saleId)).orderBy(SALE_RETURN.CREATED_AT, SALE_RETURN.NUMBER).fetch();
        var ids = returns.map(row -> row.get(SALE_RETURN.ID));
        var lines = dsl.selectFrom(SALE_RETURN_LINE).where(SALE_RETURN_LINE.RETURN_ID.in(ids))
                .orderBy(SALE_RETURN_LINE.LINE_NO).fetch().stream()
                .collect(Collectors.groupingBy(line -> line.getReturnId(), Collectors.mapping(line -> new SaleReturn.Line(
                        line.getLineNo(), line.getProductId(), line.getPackId(), line.getSku(), line.getName(),
                        line.getQuantity(), line.getBaseUnits(), line.getUnitPrice(), line.getAmount(), line.getTax()),
                        Collectors.toList())));
        var deposits = dsl.selectFrom(SALE_RETURN_DEPOSIT).where(SALE_RETURN_DEPOSIT.RETURN_ID.in(ids))
                .orderBy(SALE_RETURN_DEPOSIT.KIND.desc(), SALE_RETURN_DEPOSIT.CODE).fetch().stream()
                .collect(Collectors.groupingBy(deposit -> deposit.getReturnId(), Collectors.mapping(deposit ->
                        new SaleReturn.DepositReversal(deposit.getContainerTypeId(), deposit.getCode(), deposit.getName(),
                                ContainerKind.valueOf(deposit.getKind()), deposit.getUnitDeposit(), deposit.getDue(),
                                deposit.getConsigned(), deposit.getExchanged(), deposit.getRefund()),
                        Collectors.toList())));
        return returns.map(row -> {
            var id = row.get(SALE_RETURN.ID);
            var method = row.get(SALE_RETURN.REFUND_METHOD);
            return new SaleReturn(id, row.get(SALE_RETURN.NUMBER), saleId, row.get(SALE.NUMBER),
                    row.get(SALE_RETURN.CUSTOMER_ID), row.get(SALE_RETURN.WAREHOUSE_ID),
                    row.get(SALE_RETURN.BUSINESS_DATE), row.get(SALE_RETURN.REASON), lines.getOrDefault(id, List.of()),
                    deposits.getOrDefault(id, List.of()), row.get(SALE_RETURN.TOTAL), row.get(SALE_RETURN.TAX),
                    row.get(SALE_RETURN.DEPOSIT_REFUND), row.get(SALE_RETURN.CREDIT), row.get(SALE_RETURN.REFUND),
                    method == null ? null : PaymentMethod.valueOf(method),
                    new Sale.Stamp(row.get(SALE_RETURN.CREATED_BY), row.get(SALE_RETURN.CREATED_AT).toInstant()));
        });
    }
}
