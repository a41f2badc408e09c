package io.elif.sales.adapter.persistence;

import io.elif.catalog.PriceLevel;
import io.elif.sales.adapter.persistence.jooq.tables.records.SaleLineRecord;
import io.elif.sales.adapter.persistence.jooq.tables.records.SaleRecord;
import io.elif.sales.application.SalePage;
import io.elif.sales.application.SaleSearch;
import io.elif.sales.application.SaleSummary;
import io.elif.sales.application.Sales;
import io.elif.sales.domain.PriceOverride;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleLine;
import io.elif.sales.domain.SaleState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.sales.adapter.persistence.jooq.Tables.CUSTOMER;
import static io.elif.sales.adapter.persistence.jooq.Tables.NUMBER_SERIES;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE_LINE;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqSales implements Sales {

    private final DSLContext dsl;

    JooqSales(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long nextNumber(int year) {
        return dsl.insertInto(NUMBER_SERIES)
                .set(NUMBER_SERIES.SERIES, Sale.series(year))
                .set(NUMBER_SERIES.LAST_NUMBER, 1L)
                .onConflict(NUMBER_SERIES.SERIES)
                .doUpdate().set(NUMBER_SERIES.LAST_NUMBER, NUMBER_SERIES.LAST_NUMBER.plus(1))
                .returning(NUMBER_SERIES.LAST_NUMBER)
                .fetchSingle(NUMBER_SERIES.LAST_NUMBER);
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
    public void linesReplaced(Sale sale) {
        var totals = sale.totals();
        dsl.deleteFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(sale.id())).execute();
        insertLines(sale);
        dsl.update(SALE).set(SALE.TOTAL, totals.total()).set(SALE.TAX, totals.tax()).where(SALE.ID.eq(sale.id()))
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
        var rows = dsl.select(SALE.ID, SALE.NUMBER, SALE.CUSTOMER_ID, CUSTOMER.CODE, CUSTOMER.NAME, SALE.STATE,
                        SALE.BUSINESS_DATE, SALE.TOTAL, SALE.TAX, SALE.CREATED_BY, SALE.CREATED_AT, total)
                .from(SALE).join(CUSTOMER).on(CUSTOMER.ID.eq(SALE.CUSTOMER_ID))
                .where(filter)
                .orderBy(SALE.CREATED_AT.desc(), SALE.ID.desc())
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty()
                ? dsl.fetchCount(dsl.selectOne().from(SALE).join(CUSTOMER).on(CUSTOMER.ID.eq(SALE.CUSTOMER_ID)).where(filter))
                : rows.getFirst().get(total);
        return new SalePage(rows.map(row -> new SaleSummary(row.get(SALE.ID), row.get(SALE.NUMBER),
                row.get(SALE.CUSTOMER_ID), row.get(CUSTOMER.CODE), row.get(CUSTOMER.NAME),
                SaleState.valueOf(row.get(SALE.STATE)), row.get(SALE.BUSINESS_DATE), row.get(SALE.TOTAL),
                row.get(SALE.TAX), row.get(SALE.CREATED_BY), row.get(SALE.CREATED_AT).toInstant())),
                search.page(), search.size(), totalItems);
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
        return condition;
    }

    private void insertLines(Sale sale) {
        var insert = dsl.insertInto(SALE_LINE, SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.PRODUCT_ID,
                SALE_LINE.PACK_ID, SALE_LINE.SKU, SALE_LINE.NAME, SALE_LINE.QUANTITY, SALE_LINE.UNITS_PER_PACK,
                SALE_LINE.BASE_UNITS, SALE_LINE.UNIT_PRICE, SALE_LINE.CATALOG_PRICE, SALE_LINE.TAX_RATE,
                SALE_LINE.AMOUNT, SALE_LINE.TAX, SALE_LINE.PRICE_REASON, SALE_LINE.PRICE_OVERRIDDEN_BY,
                SALE_LINE.PRICE_OVERRIDDEN_AT);
        var lineNo = 0;
        for (var line : sale.lines()) {
            var override = line.override();
            insert = insert.values(sale.id(), ++lineNo, line.productId(), line.packId(), line.sku(), line.name(),
                    line.quantity(), line.unitsPerPack(), line.baseUnits(), line.unitPrice(), line.catalogPrice(),
                    line.taxRate(), line.amount(), line.tax(), override == null ? null : override.reason(),
                    override == null ? null : override.by(), override == null ? null : time(override.at()));
        }
        insert.execute();
    }

    private Sale withLines(SaleRecord row) {
        var lines = dsl.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(row.getId())).orderBy(SALE_LINE.LINE_NO)
                .fetch(JooqSales::toLine);
        return new Sale(row.getId(), row.getNumber(), row.getCustomerId(), PriceLevel.valueOf(row.getPriceLevel()),
                row.getWarehouseId(), row.getBusinessDate(), SaleState.valueOf(row.getState()), lines,
                new Sale.Stamp(row.getCreatedBy(), row.getCreatedAt().toInstant()),
                stamp(row.getConfirmedBy(), row.getConfirmedAt()), stamp(row.getCompletedBy(), row.getCompletedAt()),
                stamp(row.getCancelledBy(), row.getCancelledAt()));
    }

    private static SaleLine toLine(SaleLineRecord row) {
        var override = row.getPriceReason() == null ? null : new PriceOverride(row.getPriceReason(),
                row.getPriceOverriddenBy(), row.getPriceOverriddenAt().toInstant());
        return new SaleLine(row.getProductId(), row.getPackId(), row.getSku(), row.getName(), row.getQuantity(),
                row.getUnitsPerPack(), row.getBaseUnits(), row.getUnitPrice(), row.getCatalogPrice(), row.getTaxRate(),
                row.getAmount(), row.getTax(), override);
    }

    private static Sale.Stamp stamp(String by, OffsetDateTime at) {
        return by == null ? null : new Sale.Stamp(by, at.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
