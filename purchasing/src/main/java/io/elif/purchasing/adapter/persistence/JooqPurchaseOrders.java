package io.elif.purchasing.adapter.persistence;

import io.elif.purchasing.adapter.persistence.jooq.tables.records.PurchaseOrderLineRecord;
import io.elif.purchasing.adapter.persistence.jooq.tables.records.PurchaseOrderRecord;
import io.elif.purchasing.application.OrderPage;
import io.elif.purchasing.application.OrderSearch;
import io.elif.purchasing.application.OrderSummary;
import io.elif.purchasing.application.PurchaseOrders;
import io.elif.purchasing.domain.OrderLine;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.PurchaseOrderState;
import io.elif.purchasing.domain.Stamp;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.elif.purchasing.adapter.persistence.jooq.Tables.PURCHASE_ORDER;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.PURCHASE_ORDER_LINE;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.SUPPLIER;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqPurchaseOrders implements PurchaseOrders {

    private final DSLContext dsl;

    JooqPurchaseOrders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PurchaseOrder order) {
        var row = dsl.newRecord(PURCHASE_ORDER);
        row.setId(order.id());
        row.setNumber(order.number());
        row.setSupplierId(order.supplierId());
        row.setWarehouseId(order.warehouseId());
        row.setCurrency(order.currency());
        row.setBusinessDate(order.businessDate());
        row.setExpectedDate(order.expectedDate());
        row.setNotes(order.notes());
        row.setCreatedBy(order.created().by());
        row.setCreatedAt(time(order.created()));
        write(row, order);
        row.insert();
        insertLines(order);
    }

    @Override
    public void changed(PurchaseOrder order) {
        var row = dsl.newRecord(PURCHASE_ORDER);
        write(row, order);
        dsl.update(PURCHASE_ORDER).set(row).set(PURCHASE_ORDER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PURCHASE_ORDER.ID.eq(order.id())).execute();
        dsl.deleteFrom(PURCHASE_ORDER_LINE).where(PURCHASE_ORDER_LINE.ORDER_ID.eq(order.id())).execute();
        insertLines(order);
    }

    @Override
    public Optional<PurchaseOrder> find(UUID id) {
        return dsl.selectFrom(PURCHASE_ORDER).where(PURCHASE_ORDER.ID.eq(id)).fetchOptional().map(this::toOrder);
    }

    @Override
    public Optional<PurchaseOrder> lock(UUID id) {
        return dsl.selectFrom(PURCHASE_ORDER).where(PURCHASE_ORDER.ID.eq(id)).forUpdate().fetchOptional().map(this::toOrder);
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public OrderPage search(OrderSearch search) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var lineCount = DSL.field(DSL.selectCount().from(PURCHASE_ORDER_LINE)
                .where(PURCHASE_ORDER_LINE.ORDER_ID.eq(PURCHASE_ORDER.ID))).as("line_count");
        var rows = dsl.select(PURCHASE_ORDER.fields()).select(SUPPLIER.CODE, SUPPLIER.NAME, lineCount, total)
                .from(PURCHASE_ORDER).join(SUPPLIER).on(SUPPLIER.ID.eq(PURCHASE_ORDER.SUPPLIER_ID))
                .where(filter)
                .orderBy(PURCHASE_ORDER.BUSINESS_DATE.desc(), PURCHASE_ORDER.NUMBER.desc())
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty()
                ? dsl.fetchCount(dsl.selectOne().from(PURCHASE_ORDER).join(SUPPLIER).on(SUPPLIER.ID.eq(PURCHASE_ORDER.SUPPLIER_ID)).where(filter))
                : rows.getFirst().get(total);
        return new OrderPage(rows.map(row -> {
            var order = row.into(PURCHASE_ORDER);
            return new OrderSummary(order.getId(), order.getNumber(), order.getSupplierId(), row.get(SUPPLIER.CODE),
                    row.get(SUPPLIER.NAME), PurchaseOrderState.valueOf(order.getState()), order.getBusinessDate(),
                    order.getExpectedDate(), order.getCurrency(), order.getNet(), order.getTax(), order.getTotal(),
                    row.get(lineCount));
        }), search.page(), search.size(), totalItems);
    }

    @Override
    public Map<UUID, Long> onOrder(Collection<UUID> productIds) {
        var outstanding = DSL.sum(PURCHASE_ORDER_LINE.QUANTITY.minus(DSL.least(PURCHASE_ORDER_LINE.RECEIVED,
                PURCHASE_ORDER_LINE.QUANTITY)).times(PURCHASE_ORDER_LINE.UNITS_PER_PACK));
        return dsl.select(PURCHASE_ORDER_LINE.PRODUCT_ID, outstanding)
                .from(PURCHASE_ORDER_LINE).join(PURCHASE_ORDER).on(PURCHASE_ORDER.ID.eq(PURCHASE_ORDER_LINE.ORDER_ID))
                .where(PURCHASE_ORDER_LINE.PRODUCT_ID.in(productIds),
                        PURCHASE_ORDER.STATE.in(Arrays.stream(PurchaseOrderState.values()).filter(PurchaseOrderState::open)
                                .map(Enum::name).toList()))
                .groupBy(PURCHASE_ORDER_LINE.PRODUCT_ID)
                .fetchMap(record -> record.value1(), record -> record.value2().longValue());
    }

    private static Condition matching(OrderSearch search) {
        var condition = noCondition();
        if (!search.text().isEmpty()) {
            condition = PURCHASE_ORDER.NUMBER.containsIgnoreCase(search.text())
                    .or(SUPPLIER.NAME.containsIgnoreCase(search.text()))
                    .or(SUPPLIER.CODE.containsIgnoreCase(search.text()));
        }
        if (search.supplierId() != null) {
            condition = condition.and(PURCHASE_ORDER.SUPPLIER_ID.eq(search.supplierId()));
        }
        if (!search.states().isEmpty()) {
            condition = condition.and(PURCHASE_ORDER.STATE.in(search.states().stream().map(Enum::name).toList()));
        }
        if (search.from() != null) {
            condition = condition.and(PURCHASE_ORDER.BUSINESS_DATE.ge(search.from()));
        }
        if (search.to() != null) {
            condition = condition.and(PURCHASE_ORDER.BUSINESS_DATE.le(search.to()));
        }
        return condition;
    }

    private void insertLines(PurchaseOrder order) {
        var rows = order.lines().stream().map(line -> {
            var row = dsl.newRecord(PURCHASE_ORDER_LINE);
            row.setOrderId(order.id());
            row.setLineNo(line.lineNo());
            row.setProductId(line.productId());
            row.setPackId(line.packId());
            row.setSku(line.sku());
            row.setName(line.name());
            row.setUnitsPerPack(line.unitsPerPack());
            row.setQuantity(line.quantity());
            row.setUnitCost(line.unitCost());
            row.setTaxRate(line.taxRate());
            row.setAmount(line.amount());
            row.setTax(line.tax());
            row.setReceived(line.received());
            return row;
        }).toList();
        dsl.batchInsert(rows).execute();
    }

    private static void write(PurchaseOrderRecord row, PurchaseOrder order) {
        var totals = order.totals();
        row.setState(order.state().name());
        row.setNet(totals.net());
        row.setTax(totals.tax());
        row.setTotal(totals.total());
        row.setSentBy(by(order.sent()));
        row.setSentAt(time(order.sent()));
        row.setConfirmedBy(by(order.confirmed()));
        row.setConfirmedAt(time(order.confirmed()));
        row.setEndedBy(by(order.ended()));
        row.setEndedAt(time(order.ended()));
        row.setCloseReason(order.closeReason());
    }

    private PurchaseOrder toOrder(PurchaseOrderRecord row) {
        var lines = dsl.selectFrom(PURCHASE_ORDER_LINE).where(PURCHASE_ORDER_LINE.ORDER_ID.eq(row.getId()))
                .orderBy(PURCHASE_ORDER_LINE.LINE_NO).fetch(JooqPurchaseOrders::toLine);
        return new PurchaseOrder(row.getId(), row.getNumber(), row.getSupplierId(), row.getWarehouseId(), row.getCurrency(),
                row.getBusinessDate(), row.getExpectedDate(), row.getNotes(), PurchaseOrderState.valueOf(row.getState()),
                lines, stamp(row.getCreatedBy(), row.getCreatedAt()), stamp(row.getSentBy(), row.getSentAt()),
                stamp(row.getConfirmedBy(), row.getConfirmedAt()), stamp(row.getEndedBy(), row.getEndedAt()),
                row.getCloseReason());
    }

    private static OrderLine toLine(PurchaseOrderLineRecord row) {
        return new OrderLine(row.getLineNo(), row.getProductId(), row.getPackId(), row.getSku(), row.getName(),
                row.getUnitsPerPack(), row.getQuantity(), row.getUnitCost(), row.getTaxRate(), row.getAmount(),
                row.getTax(), row.getReceived());
    }

    private static Stamp stamp(String by, OffsetDateTime at) {
        return by == null ? null : new Stamp(by, at.toInstant());
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static OffsetDateTime time(Stamp stamp) {
        return stamp == null ? null : stamp.at().atOffset(ZoneOffset.UTC);
    }

}
