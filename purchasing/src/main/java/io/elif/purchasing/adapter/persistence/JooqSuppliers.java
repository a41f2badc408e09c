package io.elif.purchasing.adapter.persistence;

import io.elif.purchasing.DuplicateSupplierCodeException;
import io.elif.purchasing.DuplicateSupplierProductException;
import io.elif.purchasing.adapter.persistence.jooq.tables.records.SupplierProductRecord;
import io.elif.purchasing.adapter.persistence.jooq.tables.records.SupplierRecord;
import io.elif.purchasing.application.SupplierPage;
import io.elif.purchasing.application.SupplierSearch;
import io.elif.purchasing.application.Suppliers;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.purchasing.adapter.persistence.jooq.Tables.SUPPLIER;
import static io.elif.purchasing.adapter.persistence.jooq.Tables.SUPPLIER_PRODUCT;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqSuppliers implements Suppliers {

    private final DSLContext dsl;

    JooqSuppliers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Supplier supplier) {
        try {
            var row = dsl.newRecord(SUPPLIER);
            row.setId(supplier.id());
            row.setCode(supplier.code());
            write(row, supplier);
            row.insert();
        } catch (DuplicateKeyException e) {
            throw new DuplicateSupplierCodeException(supplier.code());
        }
    }

    @Override
    public void update(Supplier supplier) {
        var row = dsl.newRecord(SUPPLIER);
        write(row, supplier);
        row.changed(SUPPLIER.ID, false);
        dsl.update(SUPPLIER).set(row).set(SUPPLIER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SUPPLIER.ID.eq(supplier.id())).execute();
    }

    @Override
    public Optional<Supplier> find(UUID id) {
        return dsl.selectFrom(SUPPLIER).where(SUPPLIER.ID.eq(id)).fetchOptional().map(JooqSuppliers::toSupplier);
    }

    @Override
    public Optional<Supplier> lock(UUID id) {
        return dsl.selectFrom(SUPPLIER).where(SUPPLIER.ID.eq(id)).forUpdate().fetchOptional().map(JooqSuppliers::toSupplier);
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public SupplierPage search(SupplierSearch search) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var rows = dsl.select(SUPPLIER.fields()).select(total)
                .from(SUPPLIER)
                .where(filter)
                .orderBy(SUPPLIER.NAME.lower(), SUPPLIER.CODE)
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty() ? dsl.fetchCount(SUPPLIER, filter) : rows.getFirst().get(total);
        return new SupplierPage(rows.map(row -> toSupplier(row.into(SUPPLIER))), search.page(), search.size(), totalItems);
    }

    @Override
    public void addProduct(SupplierProduct product) {
        try {
            var row = dsl.newRecord(SUPPLIER_PRODUCT);
            row.setId(product.id());
            row.setSupplierId(product.supplierId());
            row.setProductId(product.productId());
            row.setPackId(product.packId());
            row.setUnitsPerPack(product.unitsPerPack());
            write(row, product);
            row.insert();
        } catch (DuplicateKeyException e) {
            throw new DuplicateSupplierProductException();
        }
    }

    @Override
    public void updateProduct(SupplierProduct product) {
        var row = dsl.newRecord(SUPPLIER_PRODUCT);
        write(row, product);
        dsl.update(SUPPLIER_PRODUCT).set(row).set(SUPPLIER_PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SUPPLIER_PRODUCT.ID.eq(product.id())).execute();
    }

    @Override
    public Optional<SupplierProduct> product(UUID supplierId, UUID supplierProductId) {
        return dsl.selectFrom(SUPPLIER_PRODUCT)
                .where(SUPPLIER_PRODUCT.ID.eq(supplierProductId), SUPPLIER_PRODUCT.SUPPLIER_ID.eq(supplierId))
                .fetchOptional().map(JooqSuppliers::toProduct);
    }

    @Override
    public Optional<SupplierProduct> offer(UUID supplierId, UUID productId, UUID packId) {
        return dsl.selectFrom(SUPPLIER_PRODUCT)
                .where(SUPPLIER_PRODUCT.SUPPLIER_ID.eq(supplierId), SUPPLIER_PRODUCT.PRODUCT_ID.eq(productId),
                        packId == null ? SUPPLIER_PRODUCT.PACK_ID.isNull() : SUPPLIER_PRODUCT.PACK_ID.eq(packId))
                .fetchOptional().map(JooqSuppliers::toProduct);
    }

    @Override
    public List<SupplierProduct> products(UUID supplierId) {
        return dsl.selectFrom(SUPPLIER_PRODUCT).where(SUPPLIER_PRODUCT.SUPPLIER_ID.eq(supplierId))
                .orderBy(SUPPLIER_PRODUCT.CREATED_AT, SUPPLIER_PRODUCT.ID)
                .fetch(JooqSuppliers::toProduct);
    }

    @Override
    public List<SupplierProduct> preferred(Collection<UUID> productIds) {
        return dsl.selectFrom(SUPPLIER_PRODUCT)
                .where(SUPPLIER_PRODUCT.PRODUCT_ID.in(productIds), SUPPLIER_PRODUCT.PREFERRED.isTrue())
                .fetch(JooqSuppliers::toProduct);
    }

    @Override
    public void unprefer(UUID productId, UUID keptSupplierProductId) {
        dsl.update(SUPPLIER_PRODUCT).set(SUPPLIER_PRODUCT.PREFERRED, false)
                .set(SUPPLIER_PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SUPPLIER_PRODUCT.PRODUCT_ID.eq(productId), SUPPLIER_PRODUCT.PREFERRED.isTrue(),
                        SUPPLIER_PRODUCT.ID.ne(keptSupplierProductId))
                .execute();
    }

    private static Condition matching(SupplierSearch search) {
        var condition = noCondition();
        if (!search.text().isEmpty()) {
            condition = SUPPLIER.NAME.containsIgnoreCase(search.text())
                    .or(SUPPLIER.CODE.containsIgnoreCase(search.text()))
                    .or(SUPPLIER.CONTACT.containsIgnoreCase(search.text()))
                    .or(SUPPLIER.PHONE.containsIgnoreCase(search.text()));
        }
        if (search.active() != null) {
            condition = condition.and(SUPPLIER.ACTIVE.eq(search.active()));
        }
        return condition;
    }

    private static void write(SupplierRecord row, Supplier supplier) {
        row.setName(supplier.name());
        row.setContact(supplier.contact());
        row.setPhone(supplier.phone());
        row.setEmail(supplier.email());
        row.setAddress(supplier.address());
        row.setTaxNumber(supplier.taxNumber());
        row.setPaymentTermsDays(supplier.paymentTermsDays());
        row.setCurrency(supplier.currency());
        row.setActive(supplier.active());
    }

    private static void write(SupplierProductRecord row, SupplierProduct product) {
        row.setReference(product.reference());
        row.setAgreedUnitCost(product.agreedUnitCost());
        row.setLastUnitCost(product.lastUnitCost());
        row.setMinimumOrderQuantity(product.minimumOrderQuantity());
        row.setOrderMultiple(product.orderMultiple());
        row.setLeadTimeDays(product.leadTimeDays());
        row.setPreferred(product.preferred());
    }

    private static Supplier toSupplier(SupplierRecord row) {
        return new Supplier(row.getId(), row.getCode(), row.getName(), row.getContact(), row.getPhone(), row.getEmail(),
                row.getAddress(), row.getTaxNumber(), row.getPaymentTermsDays(), row.getCurrency(), row.getActive());
    }

    private static SupplierProduct toProduct(SupplierProductRecord row) {
        return new SupplierProduct(row.getId(), row.getSupplierId(), row.getProductId(), row.getPackId(),
                row.getUnitsPerPack(), row.getReference(), row.getAgreedUnitCost(), row.getLastUnitCost(),
                row.getMinimumOrderQuantity(), row.getOrderMultiple(), row.getLeadTimeDays(), row.getPreferred());
    }
}
