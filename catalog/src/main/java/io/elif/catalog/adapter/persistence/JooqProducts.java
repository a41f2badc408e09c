package io.elif.catalog.adapter.persistence;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.DuplicateSkuException;
import io.elif.catalog.ProductPage;
import io.elif.catalog.application.Products;
import io.elif.catalog.domain.Product;
import io.elif.catalog.domain.Sku;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.elif.catalog.adapter.persistence.jooq.Tables.PRODUCT;
import static org.jooq.impl.DSL.noCondition;

@Repository
class JooqProducts implements Products {

    private static final String SKU_CONSTRAINT = "product_sku_key";

    private final DSLContext dsl;

    JooqProducts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Product product) {
        try {
            dsl.insertInto(PRODUCT)
                    .set(PRODUCT.ID, product.id())
                    .set(PRODUCT.SKU, product.sku().value())
                    .set(PRODUCT.NAME, product.name())
                    .set(PRODUCT.CATEGORY_NAME, product.categoryName())
                    .set(PRODUCT.BASE_UNIT, product.baseUnit().name())
                    .set(PRODUCT.PRICE, product.price())
                    .execute();
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains(SKU_CONSTRAINT)) {
                throw new DuplicateSkuException(product.sku().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<Product> byId(UUID id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(JooqProducts::toProduct);
    }

    /** One query per page: the total comes from a window function over the same filter. */
    @Override
    public ProductPage search(String text, int page, int size) {
        var filter = matching(text);
        var total = DSL.count().over().as("total");
        var rows = dsl.select(PRODUCT.fields()).select(total)
                .from(PRODUCT)
                .where(filter)
                .orderBy(PRODUCT.NAME.lower(), PRODUCT.SKU)
                .limit(size)
                .offset((long) page * size)
                .fetch();
        long totalItems = rows.isEmpty() ? dsl.fetchCount(PRODUCT, filter) : rows.getFirst().get(total);
        return new ProductPage(rows.map(row -> toProduct(row).view()), page, size, totalItems);
    }

    @Override
    public long count() {
        return dsl.fetchCount(PRODUCT);
    }

    @Override
    public Map<UUID, BigDecimal> levelOnePrices(Collection<UUID> ids) {
        return dsl.select(PRODUCT.ID, PRODUCT.PRICE).from(PRODUCT).where(PRODUCT.ID.in(ids)).fetchMap(PRODUCT.ID, PRODUCT.PRICE);
    }

    private static Condition matching(String text) {
        if (text.isEmpty()) {
            return noCondition();
        }
        return PRODUCT.NAME.containsIgnoreCase(text)
                .or(PRODUCT.SKU.containsIgnoreCase(text))
                .or(PRODUCT.CATEGORY_NAME.containsIgnoreCase(text));
    }

    private static Product toProduct(Record row) {
        return new Product(row.get(PRODUCT.ID), new Sku(row.get(PRODUCT.SKU)), row.get(PRODUCT.NAME),
                row.get(PRODUCT.CATEGORY_NAME), BaseUnit.valueOf(row.get(PRODUCT.BASE_UNIT)), row.get(PRODUCT.PRICE));
    }
}
