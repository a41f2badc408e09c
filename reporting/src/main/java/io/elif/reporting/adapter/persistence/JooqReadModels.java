package io.elif.reporting.adapter.persistence;

import io.elif.reporting.application.ReadModels;
import io.elif.reporting.domain.ContainerChange;
import io.elif.reporting.domain.Contribution;
import io.elif.reporting.domain.DebtChange;
import io.elif.reporting.domain.ProductCost;
import io.elif.reporting.domain.SaleBook.BookedSale;
import io.elif.sales.ReturnAccepted;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.reporting.adapter.persistence.jooq.Tables.CONTAINER_CHANGE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DAILY_PAYMENTS;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DAILY_SALES;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DEBT_CHANGE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.DEBT_SALE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.PARKED_RETURN;
import static io.elif.reporting.adapter.persistence.jooq.Tables.PARKED_RETURN_LINE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.PROCESSED_EVENT;
import static io.elif.reporting.adapter.persistence.jooq.Tables.PRODUCT;
import static io.elif.reporting.adapter.persistence.jooq.Tables.SALE;
import static io.elif.reporting.adapter.persistence.jooq.Tables.SALE_PRODUCT;

/**
 * The read models' writes. Rows are added to with {@code insert ... on conflict do update}, in key order, so that
 * concurrent events touching the same days wait for each other in one order and never deadlock.
 */
@Repository
class JooqReadModels implements ReadModels {

    private static final Comparator<Contribution> KEY_ORDER = Comparator
            .comparing((Contribution contribution) -> contribution.dimension().name())
            .thenComparing(Contribution::day).thenComparing(Contribution::key);

    private final DSLContext dsl;

    JooqReadModels(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean firstDelivery(UUID documentId, String kind) {
        return dsl.insertInto(PROCESSED_EVENT)
                .set(PROCESSED_EVENT.DOCUMENT_ID, documentId)
                .set(PROCESSED_EVENT.KIND, kind)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void add(List<Contribution> contributions) {
        var insert = dsl.insertInto(DAILY_SALES, DAILY_SALES.DAY, DAILY_SALES.DIMENSION, DAILY_SALES.KEY,
                DAILY_SALES.QUANTITY, DAILY_SALES.REVENUE, DAILY_SALES.TAX, DAILY_SALES.COST, DAILY_SALES.SALES_COUNT,
                DAILY_SALES.OWED_CHANGE);
        for (var row : contributions.stream().sorted(KEY_ORDER).toList()) {
            insert = insert.values(row.day(), row.dimension().name(), row.key(), row.quantity(), row.revenue(),
                    row.tax(), row.cost(), row.salesCount(), row.owedChange());
        }
        insert.onConflict(DAILY_SALES.DIMENSION, DAILY_SALES.DAY, DAILY_SALES.KEY).doUpdate()
                .set(DAILY_SALES.QUANTITY, DAILY_SALES.QUANTITY.plus(excluded(DAILY_SALES.QUANTITY)))
                .set(DAILY_SALES.REVENUE, DAILY_SALES.REVENUE.plus(excluded(DAILY_SALES.REVENUE)))
                .set(DAILY_SALES.TAX, DAILY_SALES.TAX.plus(excluded(DAILY_SALES.TAX)))
                .set(DAILY_SALES.COST, DAILY_SALES.COST.plus(excluded(DAILY_SALES.COST)))
                .set(DAILY_SALES.SALES_COUNT, DAILY_SALES.SALES_COUNT.plus(excluded(DAILY_SALES.SALES_COUNT)))
                .set(DAILY_SALES.OWED_CHANGE, DAILY_SALES.OWED_CHANGE.plus(excluded(DAILY_SALES.OWED_CHANGE)))
                .execute();
    }

    private static <T> Field<T> excluded(Field<T> field) {
        return DSL.excluded(field);
    }

    @Override
    public void keep(BookedSale sale) {
        dsl.insertInto(SALE)
                .set(SALE.SALE_ID, sale.saleId())
                .set(SALE.NUMBER, sale.number())
                .set(SALE.CLERK, sale.clerk())
                .set(SALE.BUSINESS_DATE, sale.businessDate())
                .execute();
        var insert = dsl.insertInto(SALE_PRODUCT, SALE_PRODUCT.SALE_ID, SALE_PRODUCT.PRODUCT_ID,
                SALE_PRODUCT.BASE_UNITS, SALE_PRODUCT.COST, SALE_PRODUCT.RETURNED_BASE_UNITS, SALE_PRODUCT.RETURNED_COST,
                SALE_PRODUCT.CATEGORY_KEY);
        for (var product : sale.products()) {
            insert = insert.values(sale.saleId(), product.productId(), product.baseUnits(), product.cost(),
                    product.returnedBaseUnits(), product.returnedCost(),
                    sale.categories().getOrDefault(product.productId(), ""));
        }
        insert.execute();
    }

    @Override
    public Optional<BookedSale> lockSale(UUID saleId) {
        var sale = dsl.selectFrom(SALE).where(SALE.SALE_ID.eq(saleId)).forUpdate().fetchOptional();
        if (sale.isEmpty()) {
            return Optional.empty();
        }
        var rows = dsl.selectFrom(SALE_PRODUCT).where(SALE_PRODUCT.SALE_ID.eq(saleId))
                .orderBy(SALE_PRODUCT.PRODUCT_ID)
                .fetch();
        var products = rows.map(row -> new ProductCost(row.getProductId(), row.getBaseUnits(), row.getCost(),
                row.getReturnedBaseUnits(), row.getReturnedCost()));
        var categories = new java.util.HashMap<UUID, String>();
        rows.forEach(row -> categories.put(row.getProductId(), row.getCategoryKey()));
        var row = sale.get();
        return Optional.of(new BookedSale(row.getSaleId(), row.getNumber(), row.getClerk(), row.getBusinessDate(),
                products, categories));
    }

    @Override
    public java.util.Map<UUID, String> categories(java.util.Collection<UUID> productIds) {
        var categories = new java.util.HashMap<UUID, String>();
        dsl.select(PRODUCT.PRODUCT_ID, PRODUCT.CATEGORY_ID).from(PRODUCT).where(PRODUCT.PRODUCT_ID.in(productIds))
                .forEach(row -> categories.put(row.value1(), row.value2() == null ? "" : row.value2().toString()));
        return categories;
    }

    @Override
    public void returned(UUID saleId, List<ProductCost> products) {
        for (var product : products) {
            dsl.update(SALE_PRODUCT)
                    .set(SALE_PRODUCT.RETURNED_BASE_UNITS, product.returnedBaseUnits())
                    .set(SALE_PRODUCT.RETURNED_COST, product.returnedCost())
                    .where(SALE_PRODUCT.SALE_ID.eq(saleId), SALE_PRODUCT.PRODUCT_ID.eq(product.productId()))
                    .execute();
        }
    }

    @Override
    public void addPayment(LocalDate day, String method, String takenBy, BigDecimal amount) {
        dsl.insertInto(DAILY_PAYMENTS)
                .set(DAILY_PAYMENTS.DAY, day)
                .set(DAILY_PAYMENTS.METHOD, method)
                .set(DAILY_PAYMENTS.TAKEN_BY, takenBy)
                .set(DAILY_PAYMENTS.AMOUNT, amount)
                .set(DAILY_PAYMENTS.PAYMENTS, 1)
                .onConflict(DAILY_PAYMENTS.DAY, DAILY_PAYMENTS.METHOD, DAILY_PAYMENTS.TAKEN_BY).doUpdate()
                .set(DAILY_PAYMENTS.AMOUNT, DAILY_PAYMENTS.AMOUNT.plus(excluded(DAILY_PAYMENTS.AMOUNT)))
                .set(DAILY_PAYMENTS.PAYMENTS, DAILY_PAYMENTS.PAYMENTS.plus(1))
                .execute();
    }

    @Override
    public void clear() {
        dsl.truncate(PROCESSED_EVENT, SALE_PRODUCT, SALE, DAILY_SALES, DAILY_PAYMENTS, PARKED_RETURN_LINE, PARKED_RETURN,
                DEBT_SALE, DEBT_CHANGE, CONTAINER_CHANGE).execute();
    }

    @Override
    public void keepDebt(UUID saleId, UUID customerId, String number, LocalDate businessDate, LocalDate dueDate) {
        dsl.insertInto(DEBT_SALE)
                .set(DEBT_SALE.SALE_ID, saleId)
                .set(DEBT_SALE.CUSTOMER_ID, customerId)
                .set(DEBT_SALE.NUMBER, number)
                .set(DEBT_SALE.BUSINESS_DATE, businessDate)
                .set(DEBT_SALE.DUE_DATE, dueDate)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void changeContainers(List<ContainerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(CONTAINER_CHANGE, CONTAINER_CHANGE.CUSTOMER_ID, CONTAINER_CHANGE.CONTAINER_TYPE_ID,
                CONTAINER_CHANGE.CODE, CONTAINER_CHANGE.DAY, CONTAINER_CHANGE.CONSIGNED, CONTAINER_CHANGE.DUE,
                CONTAINER_CHANGE.DEPOSITS);
        for (var change : changes) {
            insert = insert.values(change.customerId(), change.containerTypeId(), change.code(), change.day(),
                    change.consigned(), change.due(), change.deposits());
        }
        insert.execute();
    }

    @Override
    public void changeDebts(List<DebtChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(DEBT_CHANGE, DEBT_CHANGE.CUSTOMER_ID, DEBT_CHANGE.SALE_ID, DEBT_CHANGE.DAY,
                DEBT_CHANGE.AMOUNT);
        for (var change : changes) {
            insert = insert.values(change.customerId(), change.saleId(), change.day(), change.amount());
        }
        insert.execute();
    }

    @Override
    public void lockSaleKey(UUID saleId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", saleId.toString());
    }

    @Override
    public void park(ReturnAccepted accepted) {
        dsl.insertInto(PARKED_RETURN)
                .set(PARKED_RETURN.RETURN_ID, accepted.returnId())
                .set(PARKED_RETURN.NUMBER, accepted.number())
                .set(PARKED_RETURN.SALE_ID, accepted.saleId())
                .set(PARKED_RETURN.SALE_NUMBER, accepted.saleNumber())
                .set(PARKED_RETURN.CUSTOMER_ID, accepted.customerId())
                .set(PARKED_RETURN.WAREHOUSE_ID, accepted.warehouseId())
                .set(PARKED_RETURN.BUSINESS_DATE, accepted.businessDate())
                .set(PARKED_RETURN.RETURNED_BY, accepted.by())
                .set(PARKED_RETURN.RETURNED_AT, accepted.at().atOffset(ZoneOffset.UTC))
                .set(PARKED_RETURN.TOTAL, accepted.total())
                .set(PARKED_RETURN.TAX, accepted.tax())
                .set(PARKED_RETURN.DEPOSIT_REFUND, accepted.depositRefund())
                .set(PARKED_RETURN.REFUND, accepted.refund())
                .execute();
        int lineNo = 0;
        for (var line : accepted.lines()) {
            dsl.insertInto(PARKED_RETURN_LINE)
                    .set(PARKED_RETURN_LINE.RETURN_ID, accepted.returnId())
                    .set(PARKED_RETURN_LINE.LINE_NO, ++lineNo)
                    .set(PARKED_RETURN_LINE.PRODUCT_ID, line.productId())
                    .set(PARKED_RETURN_LINE.PACK_ID, line.packId())
                    .set(PARKED_RETURN_LINE.QUANTITY, line.quantity())
                    .set(PARKED_RETURN_LINE.BASE_UNITS, line.baseUnits())
                    .set(PARKED_RETURN_LINE.UNIT_PRICE, line.unitPrice())
                    .set(PARKED_RETURN_LINE.AMOUNT, line.amount())
                    .set(PARKED_RETURN_LINE.TAX, line.tax())
                    .execute();
        }
    }

    @Override
    public List<ReturnAccepted> unparkFor(UUID saleId) {
        var returns = dsl.selectFrom(PARKED_RETURN).where(PARKED_RETURN.SALE_ID.eq(saleId))
                .orderBy(PARKED_RETURN.RETURNED_AT, PARKED_RETURN.NUMBER)
                .fetch(row -> new ReturnAccepted(row.getReturnId(), row.getNumber(), row.getSaleId(),
                        row.getSaleNumber(), row.getCustomerId(), row.getWarehouseId(), row.getBusinessDate(),
                        row.getReturnedBy(), row.getReturnedAt().toInstant(), lines(row.getReturnId()), row.getTotal(),
                        row.getTax(), row.getDepositRefund(), row.getRefund(), List.of()));
        dsl.deleteFrom(PARKED_RETURN).where(PARKED_RETURN.SALE_ID.eq(saleId)).execute();
        return returns;
    }

    private List<ReturnAccepted.Line> lines(UUID returnId) {
        return dsl.selectFrom(PARKED_RETURN_LINE).where(PARKED_RETURN_LINE.RETURN_ID.eq(returnId))
                .orderBy(PARKED_RETURN_LINE.LINE_NO)
                .fetch(row -> new ReturnAccepted.Line(row.getProductId(), row.getPackId(), row.getQuantity(),
                        row.getBaseUnits(), row.getUnitPrice(), row.getAmount(), row.getTax()));
    }

    @Override
    public void describe(UUID productId, String sku, String name, UUID categoryId) {
        dsl.insertInto(PRODUCT)
                .set(PRODUCT.PRODUCT_ID, productId)
                .set(PRODUCT.SKU, sku)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.CATEGORY_ID, categoryId)
                .onConflict(PRODUCT.PRODUCT_ID).doUpdate()
                .set(PRODUCT.SKU, sku)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.CATEGORY_ID, categoryId)
                .execute();
    }
}
