package io.elif.purchasing.adapter.persistence;

import io.elif.purchasing.adapter.persistence.jooq.tables.records.DeliveryLineRecord;
import io.elif.purchasing.adapter.persistence.jooq.tables.records.DeliveryRecord;
import io.elif.purchasing.application.Deliveries;
import io.elif.purchasing.application.DeliveryPage;
import io.elif.purchasing.domain.Delivery;
import io.elif.purchasing.domain.DeliveryLine;
import io.elif.purchasing.domain.Stamp;
import io.elif.purchasing.domain.SupplierContainer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.purchasing.adapter.persistence.jooq.Tables.DELIVERY;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.DELIVERY_CONTAINER;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.DELIVERY_LINE;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqDeliveries implements Deliveries {

    private final DSLContext dsl;

    JooqDeliveries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Delivery delivery) {
        var row = dsl.newRecord(DELIVERY);
        row.setId(delivery.id());
        row.setNumber(delivery.number());
        row.setOrderId(delivery.orderId());
        row.setSupplierId(delivery.supplierId());
        row.setBusinessDate(delivery.businessDate());
        row.setCreatedBy(delivery.created().by());
        row.setCreatedAt(delivery.created().at().atOffset(ZoneOffset.UTC));
        write(row, delivery);
        row.insert();
        insertLines(delivery);
    }

    @Override
    public void addContainers(UUID deliveryId, List<SupplierContainer> containers) {
        if (containers.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(DELIVERY_CONTAINER, DELIVERY_CONTAINER.DELIVERY_ID, DELIVERY_CONTAINER.CONTAINER_TYPE_ID,
                DELIVERY_CONTAINER.CODE, DELIVERY_CONTAINER.NAME, DELIVERY_CONTAINER.QUANTITY, DELIVERY_CONTAINER.UNIT_DEPOSIT);
        for (var container : containers) {
            insert = insert.values(deliveryId, container.containerTypeId(), container.code(), container.name(),
                    container.received(), container.unitDeposit());
        }
        insert.execute();
    }

    /** Lines first: the trigger keeps a confirmed delivery's lines final. */
    @Override
    public void changed(Delivery delivery) {
        if (!delivery.confirmed()) {
            dsl.deleteFrom(DELIVERY_LINE).where(DELIVERY_LINE.DELIVERY_ID.eq(delivery.id())).execute();
            insertLines(delivery);
        }
        var row = dsl.newRecord(DELIVERY);
        write(row, delivery);
        dsl.update(DELIVERY).set(row).set(DELIVERY.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(DELIVERY.ID.eq(delivery.id())).execute();
    }

    @Override
    public Optional<Delivery> find(UUID id) {
        return dsl.selectFrom(DELIVERY).where(DELIVERY.ID.eq(id)).fetchOptional().map(this::toDelivery);
    }

    @Override
    public Optional<Delivery> lock(UUID id) {
        return dsl.selectFrom(DELIVERY).where(DELIVERY.ID.eq(id)).forUpdate().fetchOptional().map(this::toDelivery);
    }

    @Override
    public DeliveryPage search(UUID orderId, UUID supplierId, int page, int size) {
        var filter = noCondition();
        if (orderId != null) {
            filter = filter.and(DELIVERY.ORDER_ID.eq(orderId));
        }
        if (supplierId != null) {
            filter = filter.and(DELIVERY.SUPPLIER_ID.eq(supplierId));
        }
        var rows = dsl.selectFrom(DELIVERY).where(filter).orderBy(DELIVERY.CREATED_AT.desc(), DELIVERY.NUMBER.desc())
                .limit(size).offset((long) page * size).fetch(this::toDelivery);
        return new DeliveryPage(rows, page, size, dsl.fetchCount(DELIVERY, filter));
    }

    private void insertLines(Delivery delivery) {
        dsl.batchInsert(delivery.lines().stream().map(line -> {
            var row = dsl.newRecord(DELIVERY_LINE);
            row.setDeliveryId(delivery.id());
            row.setLineNo(line.lineNo());
            row.setOrderLineNo(line.orderLineNo());
            row.setProductId(line.productId());
            row.setPackId(line.packId());
            row.setSku(line.sku());
            row.setName(line.name());
            row.setUnitsPerPack(line.unitsPerPack());
            row.setQuantity(line.quantity());
            row.setUnitCost(line.unitCost());
            row.setLot(line.lot());
            row.setBestBefore(line.bestBefore());
            row.setCondition(line.condition());
            row.setLocationId(line.locationId());
            return row;
        }).toList()).execute();
    }

    private static void write(DeliveryRecord row, Delivery delivery) {
        row.setSupplierReference(delivery.supplierReference());
        row.setConfirmed(delivery.confirmed());
        row.setOverrideReason(delivery.overrideReason());
        row.setConfirmedBy(delivery.confirmation() == null ? null : delivery.confirmation().by());
        row.setConfirmedAt(delivery.confirmation() == null ? null : delivery.confirmation().at().atOffset(ZoneOffset.UTC));
    }

    private Delivery toDelivery(DeliveryRecord row) {
        var lines = dsl.selectFrom(DELIVERY_LINE).where(DELIVERY_LINE.DELIVERY_ID.eq(row.getId()))
                .orderBy(DELIVERY_LINE.LINE_NO).fetch(JooqDeliveries::toLine);
        return new Delivery(row.getId(), row.getNumber(), row.getOrderId(), row.getSupplierId(), row.getBusinessDate(),
                row.getSupplierReference(), row.getConfirmed(), lines, stamp(row.getCreatedBy(), row.getCreatedAt()),
                stamp(row.getConfirmedBy(), row.getConfirmedAt()), row.getOverrideReason());
    }

    private static DeliveryLine toLine(DeliveryLineRecord row) {
        return new DeliveryLine(row.getLineNo(), row.getOrderLineNo(), row.getProductId(), row.getPackId(), row.getSku(),
                row.getName(), row.getUnitsPerPack(), row.getQuantity(), row.getUnitCost(), row.getLot(),
                row.getBestBefore(), row.getCondition(), row.getLocationId());
    }

    private static Stamp stamp(String by, OffsetDateTime at) {
        return by == null ? null : new Stamp(by, at.toInstant());
    }
}
