package io.elif.sales.adapter.persistence;

import io.elif.catalog.ContainerKind;
import io.elif.catalog.PriceLevel;
import io.elif.sales.adapter.persistence.jooq.tables.records.SaleLineRecord;
import io.elif.sales.adapter.persistence.jooq.tables.records.SaleRecord;
import io.elif.sales.application.SalePage;
import io.elif.sales.application.SaleSearch;
import io.elif.sales.application.SaleSummary;
import io.elif.sales.application.Sales;
import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.PriceOverride;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import io.elif.sales.domain.SaleState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.elif.sales.adapter.persistence.jooq.Tables.CUSTOMER;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_DEPOSIT;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_LINE;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqSales implements Sales {

    private final DSLContext dsl;

    JooqSales(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Sale sale) {
        var totals = sale.totals();
        dsl.insertInto(SALE)
                .set(SALE.ID, sale.id())
                .set(SALE.NUMBER, sale.number())
                .set(SALE.CUSTOMER_ID, sale.customerId())
                .set(SALE.PRICE_LEVEL, sale.priceLevel().name())
                .set(SALE.WAREHOUSE_ID, sale.warehouseId())
                .set(SALE.BUSINESS_DATE, sale.businessDate())
                .set(SALE.STATE, sale.state().name())
                .set(SALE.TOTAL, totals.total())
                .set(SALE.TAX, totals.tax())
                .set(SALE.DEPOSIT_TOTAL, sale.depositTotal())
                .set(SALE.CREATED_BY, sale.created().by())
                .set(SALE.CREATED_AT, time(sale.created().at()))
                .execute();
        insertLines(sale);
        if (sale.state() != SaleState.DRAFT) {
            changed(sale);
        }
    }

    @Override
    public Optional<Sale> lock(UUID id) {
        return dsl.selectFrom(SALE).where(SALE.ID.eq(id)).forUpdate().fetchOptional().map(this::withLines);
    }

    @Override
    public Optional<Sale> byId(UUID id) {
        return dsl.selectFrom(SALE).where(SALE.ID.eq(id)).fetchOptional().map(this::withLines);
    }

    @Override
    public void changed(Sale sale) {
        dsl.update(SALE)
                .set(SALE.STATE, sale.state().name())
                .set(SALE.CONFIRMED_BY, sale.confirmed() == null ? null : sale.confirmed().by())
                .set(SALE.CONFIRMED_AT, sale.confirmed() == null ? null : time(sale.confirmed().at()))
                .set(SALE.COMPLETED_BY, sale.completed() == null ? null : sale.completed().by())
                .set(SALE.COMPLETED_AT, sale.completed() == null ? null : time(sale.completed().at()))
                .set(SALE.CANCELLED_BY, sale.cancelled() == null ? null : sale.cancelled().by())
                .set(SALE.CANCELLED_AT, sale.cancelled() == null ? null : time(sale.cancelled().at()))
                .where(SALE.ID.eq(sale.id()))
                .execute();
    }

    @Override
    public void settled(UUID saleId, LocalDate dueDate, CreditOverride override) {
        dsl.update(SALE)
                .set(SALE.DUE_DATE, dueDate)
                .set(SALE.CREDIT_REASON, override == null ? null : override.reason())
                .set(SALE.CREDIT_OVERRIDDEN_BY, override == null ? null : override.by())
                .set(SALE.CREDIT_OVERRIDDEN_AT, override == null ? null : time(override.at()))
                .where(SALE.ID.eq(saleId))
                .execute();
    }

    @Override
    public void linesReplaced(Sale sale) {
        var totals = sale.totals();
        dsl.deleteFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(sale.id())).execute();
        dsl.deleteFrom(SALE_DEPOSIT).where(SALE_DEPOSIT.SALE_ID.eq(sale.id())).execute();
        insertLines(sale);
        dsl.update(SALE).set(SALE.TOTAL, totals.total()).set(SALE.TAX, totals.tax())
                .set(SALE.DEPOSIT_TOTAL, sale.depositTotal()).where(SALE.ID.eq(sale.id()))
                .execute();
    }

    @Override
    public void customerChanged(Sale sale) {
        dsl.update(SALE).set(SALE.CUSTOMER_ID, sale.customerId()).set(SALE.PRICE_LEVEL, sale.priceLevel().name())
                .where(SALE.ID.eq(sale.id())).execute();
        linesReplaced(sale);
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public SalePage search(SaleSearch search) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var payable = JooqPayments.asked().as("payable");
        var paid = JooqPayments.paid().as("paid");
        var rows = dsl.select(SALE.ID, SALE.NUMBER, SALE.CUSTOMER_ID, CUSTOMER.CODE, CUSTOMER.NAME, SALE.STATE,
                        SALE.BUSINESS_DATE, SALE.TOTAL, SALE.TAX, SALE.CREATED_BY, SALE.CREATED_AT, SALE.DUE_DATE,
                        payable, paid, total)
                .from(SALE).join(CUSTOMER).on(CUSTOMER.ID.eq(SALE.CUSTOMER_ID))
                .where(filter)
                .orderBy(SALE.CREATED_AT.desc(), SALE.ID.desc())
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty()
                ? dsl.fetchCount(dsl.selectOne().from(SALE).join(CUSTOMER).on(CUSTOMER.ID.eq(SALE.CUSTOMER_ID)).where(filter))
                : rows.getFirst().get(total);
        return new SalePage(rows.map(row -> {
            var state = SaleState.valueOf(row.get(SALE.STATE));
            var completed = state == SaleState.COMPLETED;
            BigDecimal owed = completed ? row.get(payable).subtract(row.get(paid)).max(BigDecimal.ZERO) : null;
            return new SaleSummary(row.get(SALE.ID), row.get(SALE.NUMBER), row.get(SALE.CUSTOMER_ID),
                    row.get(CUSTOMER.CODE), row.get(CUSTOMER.NAME), state, row.get(SALE.BUSINESS_DATE),
                    row.get(SALE.TOTAL), row.get(SALE.TAX), row.get(SALE.CREATED_BY),
                    row.get(SALE.CREATED_AT).toInstant(), row.get(paid), owed, row.get(SALE.DUE_DATE),
                    completed ? PaymentStatus.of(row.get(payable), row.get(paid)) : null);
        }), search.page(), search.size(), totalItems);
    }

    private static Condition matching(SaleSearch search) {
        var condition = noCondition();
        if (search.number() != null && !search.number().isBlank()) {
            condition = condition.and(SALE.NUMBER.containsIgnoreCase(search.number().strip()));
        }
        if (search.customerId() != null) {
            condition = condition.and(SALE.CUSTOMER_ID.eq(search.customerId()));
        }
        if (search.state() != null) {
            condition = condition.and(SALE.STATE.eq(search.state().name()));
        }
        if (search.from() != null) {
            condition = condition.and(SALE.BUSINESS_DATE.ge(search.from()));
        }
        if (search.to() != null) {
            condition = condition.and(SALE.BUSINESS_DATE.le(search.to()));
        }
        if (search.clerk() != null && !search.clerk().isBlank()) {
            condition = condition.and(SALE.CREATED_BY.eq(search.clerk().strip()));
        }
        if (search.paymentStatus() != null) {
            // only a completed sale has a payment status; what it owes is derived from its allocations
            var paid = JooqPayments.paid();
            condition = condition.and(SALE.STATE.eq(SaleState.COMPLETED.name())).and(switch (search.paymentStatus()) {
                case UNPAID -> paid.eq(BigDecimal.ZERO).and(JooqPayments.asked().gt(BigDecimal.ZERO));
                case PARTLY_PAID -> paid.gt(BigDecimal.ZERO).and(paid.lt(JooqPayments.asked()));
                case PAID -> paid.ge(JooqPayments.asked());
            });
        }
        return condition;
    }

    private void insertLines(Sale sale) {
        var insert = dsl.insertInto(SALE_LINE, SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.PRODUCT_ID,
                SALE_LINE.PACK_ID, SALE_LINE.SKU, SALE_LINE.NAME, SALE_LINE.QUANTITY, SALE_LINE.UNITS_PER_PACK,
                SALE_LINE.BASE_UNITS, SALE_LINE.UNIT_PRICE, SALE_LINE.CATALOG_PRICE, SALE_LINE.TAX_RATE,
                SALE_LINE.AMOUNT, SALE_LINE.TAX, SALE_LINE.PRICE_REASON, SALE_LINE.PRICE_OVERRIDDEN_BY,
                SALE_LINE.PRICE_OVERRIDDEN_AT, SALE_LINE.CONTAINER_TYPE_IDS, SALE_LINE.CONTAINERS_PER_PACK);
        var lineNo = 0;
        for (var line : sale.lines()) {
            var override = line.override();
            insert = insert.values(sale.id(), ++lineNo, line.productId(), line.packId(), line.sku(), line.name(),
                    line.quantity(), line.unitsPerPack(), line.baseUnits(), line.unitPrice(), line.catalogPrice(),
                    line.taxRate(), line.amount(), line.tax(), override == null ? null : override.reason(),
                    override == null ? null : override.by(), override == null ? null : time(override.at()),
                    line.loads().stream().map(SaleLine.Load::containerTypeId).toArray(UUID[]::new),
                    line.loads().stream().map(SaleLine.Load::perPack).toArray(Integer[]::new));
        }
        insert.execute();
        if (!sale.deposits().isEmpty()) {
            var deposits = dsl.insertInto(SALE_DEPOSIT, SALE_DEPOSIT.SALE_ID, SALE_DEPOSIT.CONTAINER_TYPE_ID,
                    SALE_DEPOSIT.CODE, SALE_DEPOSIT.NAME, SALE_DEPOSIT.KIND, SALE_DEPOSIT.UNIT_DEPOSIT,
                    SALE_DEPOSIT.QUANTITY, SALE_DEPOSIT.CONSIGNED, SALE_DEPOSIT.EXCHANGED, SALE_DEPOSIT.DUE,
                    SALE_DEPOSIT.AMOUNT);
            for (var deposit : sale.deposits()) {
                deposits = deposits.values(sale.id(), deposit.containerTypeId(), deposit.code(), deposit.name(),
                        deposit.kind().name(), deposit.unitDeposit(), deposit.quantity(), deposit.consigned(),
                        deposit.exchanged(), deposit.due(), deposit.amount());
            }
            deposits.execute();
        }
    }

    private Sale withLines(SaleRecord row) {
        var lines = dsl.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(row.getId())).orderBy(SALE_LINE.LINE_NO)
                .fetch(JooqSales::toLine);
        var deposits = dsl.selectFrom(SALE_DEPOSIT).where(SALE_DEPOSIT.SALE_ID.eq(row.getId()))
                .orderBy(SALE_DEPOSIT.KIND.desc(), SALE_DEPOSIT.CODE)
                .fetch(deposit -> new SaleDeposit(deposit.getContainerTypeId(), deposit.getCode(), deposit.getName(),
                        ContainerKind.valueOf(deposit.getKind()), deposit.getUnitDeposit(), deposit.getQuantity(),
                        deposit.getConsigned(), deposit.getExchanged(), deposit.getDue(), deposit.getAmount()));
        return new Sale(row.getId(), row.getNumber(), row.getCustomerId(), PriceLevel.valueOf(row.getPriceLevel()),
                row.getWarehouseId(), row.getBusinessDate(), SaleState.valueOf(row.getState()), lines, deposits,
                new Sale.Stamp(row.getCreatedBy(), row.getCreatedAt().toInstant()),
                stamp(row.getConfirmedBy(), row.getConfirmedAt()), stamp(row.getCompletedBy(), row.getCompletedAt()),
                stamp(row.getCancelledBy(), row.getCancelledAt()));
    }

    private static SaleLine toLine(SaleLineRecord row) {
        var override = row.getPriceReason() == null ? null : new PriceOverride(row.getPriceReason(),
                row.getPriceOverriddenBy(), row.getPriceOverriddenAt().toInstant());
        return new SaleLine(row.getProductId(), row.getPackId(), row.getSku(), row.getName(), row.getQuantity(),
                row.getUnitsPerPack(), row.getBaseUnits(), row.getUnitPrice(), row.getCatalogPrice(), row.getTaxRate(),
                row.getAmount(), row.getTax(), override, loads(row));
    }

    private static List<SaleLine.Load> loads(SaleLineRecord row) {
        var types = row.getContainerTypeIds();
        var counts = row.getContainersPerPack();
        return IntStream.range(0, types.length).mapToObj(index -> new SaleLine.Load(types[index], counts[index])).toList();
    }

    private static Sale.Stamp stamp(String by, OffsetDateTime at) {
        return by == null ? null : new Sale.Stamp(by, at.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
