package io.elif.purchasing.adapter.persistence;

import io.elif.purchasing.application.EmptiesReturns;
import io.elif.purchasing.domain.EmptiesReturn;
import io.elif.purchasing.domain.Stamp;
import io.elif.purchasing.domain.SupplierContainer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.purchasing.adapter.persistence.jooq.Tables.DELIVERY;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.DELIVERY_CONTAINER;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.EMPTIES_RETURN;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.EMPTIES_RETURN_LINE;

@Repository
class JooqEmptiesReturns implements EmptiesReturns {

    private final DSLContext dsl;

    JooqEmptiesReturns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(EmptiesReturn emptiesReturn) {
        var row = dsl.newRecord(EMPTIES_RETURN);
        row.setId(emptiesReturn.id());
        row.setNumber(emptiesReturn.number());
        row.setSupplierId(emptiesReturn.supplierId());
        row.setWarehouseId(emptiesReturn.warehouseId());
        row.setBusinessDate(emptiesReturn.businessDate());
        row.setSupplierReference(emptiesReturn.supplierReference());
        row.setCurrency(emptiesReturn.currency());
        row.setCredit(emptiesReturn.credit());
        row.setCreatedBy(emptiesReturn.created().by());
        row.setCreatedAt(emptiesReturn.created().at().atOffset(ZoneOffset.UTC));
        row.insert();
        var insert = dsl.insertInto(EMPTIES_RETURN_LINE, EMPTIES_RETURN_LINE.RETURN_ID, EMPTIES_RETURN_LINE.LINE_NO,
                EMPTIES_RETURN_LINE.CONTAINER_TYPE_ID, EMPTIES_RETURN_LINE.CODE, EMPTIES_RETURN_LINE.NAME,
                EMPTIES_RETURN_LINE.QUANTITY, EMPTIES_RETURN_LINE.UNIT_DEPOSIT, EMPTIES_RETURN_LINE.AMOUNT);
        for (var line : emptiesReturn.lines()) {
            insert = insert.values(emptiesReturn.id(), line.lineNo(), line.containerTypeId(), line.code(), line.name(),
                    line.quantity(), line.unitDeposit(), line.amount());
        }
        insert.execute();
    }

    @Override
    public List<EmptiesReturn> bySupplier(UUID supplierId, int limit) {
        var heads = dsl.selectFrom(EMPTIES_RETURN).where(EMPTIES_RETURN.SUPPLIER_ID.eq(supplierId))
                .orderBy(EMPTIES_RETURN.CREATED_AT.desc(), EMPTIES_RETURN.NUMBER.desc()).limit(limit).fetch();
        var lines = dsl.selectFrom(EMPTIES_RETURN_LINE)
                .where(EMPTIES_RETURN_LINE.RETURN_ID.in(heads.map(head -> head.getId())))
                .orderBy(EMPTIES_RETURN_LINE.LINE_NO).fetch()
                .stream().collect(Collectors.groupingBy(line -> line.getReturnId(), Collectors.mapping(
                        line -> new EmptiesReturn.Line(line.getLineNo(), line.getContainerTypeId(), line.getCode(),
                                line.getName(), line.getQuantity(), line.getUnitDeposit(), line.getAmount()),
                        Collectors.toList())));
        return heads.map(head -> new EmptiesReturn(head.getId(), head.getNumber(), head.getSupplierId(),
                head.getWarehouseId(), head.getBusinessDate(), head.getSupplierReference(), head.getCurrency(),
                lines.getOrDefault(head.getId(), List.of()), new Stamp(head.getCreatedBy(), head.getCreatedAt().toInstant())));
    }

    @Override
    public List<SupplierContainer> account(UUID supplierId) {
        // received with confirmed deliveries; the code, name and deposit of the latest delivery that carried the type
        var received = DSL.sum(DELIVERY_CONTAINER.QUANTITY).cast(Long.class);
        var code = DSL.field("(array_agg({0} order by {1} desc, {2} desc))[1]", String.class, DELIVERY_CONTAINER.CODE,
                DELIVERY.CONFIRMED_AT, DELIVERY.NUMBER);
        var name = DSL.field("(array_agg({0} order by {1} desc, {2} desc))[1]", String.class, DELIVERY_CONTAINER.NAME,
                DELIVERY.CONFIRMED_AT, DELIVERY.NUMBER);
        var deposit = DSL.field("(array_agg({0} order by {1} desc, {2} desc))[1]", BigDecimal.class,
                DELIVERY_CONTAINER.UNIT_DEPOSIT, DELIVERY.CONFIRMED_AT, DELIVERY.NUMBER);
        var account = new LinkedHashMap<UUID, SupplierContainer>();
        dsl.select(DELIVERY_CONTAINER.CONTAINER_TYPE_ID, code, name, deposit, received)
                .from(DELIVERY_CONTAINER).join(DELIVERY).on(DELIVERY.ID.eq(DELIVERY_CONTAINER.DELIVERY_ID))
                .where(DELIVERY.SUPPLIER_ID.eq(supplierId).and(DELIVERY.CONFIRMED))
                .groupBy(DELIVERY_CONTAINER.CONTAINER_TYPE_ID)
                .forEach(row -> account.put(row.value1(), new SupplierContainer(row.value1(), row.value2(), row.value3(),
                        row.value5(), 0, row.value4(), BigDecimal.ZERO)));
        var returned = DSL.sum(EMPTIES_RETURN_LINE.QUANTITY).cast(Long.class);
        var credited = DSL.sum(EMPTIES_RETURN_LINE.AMOUNT);
        dsl.select(EMPTIES_RETURN_LINE.CONTAINER_TYPE_ID, returned, credited)
                .from(EMPTIES_RETURN_LINE).join(EMPTIES_RETURN).on(EMPTIES_RETURN.ID.eq(EMPTIES_RETURN_LINE.RETURN_ID))
                .where(EMPTIES_RETURN.SUPPLIER_ID.eq(supplierId))
                .groupBy(EMPTIES_RETURN_LINE.CONTAINER_TYPE_ID)
                .forEach(row -> account.computeIfPresent(row.value1(), (type, had) -> new SupplierContainer(type,
                        had.code(), had.name(), had.received(), row.value2(), had.unitDeposit(), row.value3())));
        return account.values().stream().sorted(Comparator.comparing(SupplierContainer::code)).toList();
    }
}
