package io.elif.catalog.application;

import io.elif.catalog.NewProduct;
import io.elif.catalog.domain.PriceEntry;
import io.elif.catalog.domain.Product;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Adds a product with its barcodes and first prices, and announces it. */
@Service
@Transactional
public class CreateProduct {

    private final Products products;
    private final ProductReferences references;
    private final CatalogEvents events;
    private final Clock clock;

    CreateProduct(Products products, ReferenceTables tables, CatalogEvents events, Clock clock) {
        this.products = products;
        this.references = new ProductReferences(products, tables);
        this.events = events;
        this.clock = clock;
    }

    public ProductDetail handle(NewProduct request, String createdBy) {
        var today = LocalDate.now(clock);
        var created = Product.create(request);
        var product = created.product();
        var prices = PriceEntry.initial(null, request.prices(), true, today);
        references.requireCategoryAndTaxClass(product.categoryId(), product.taxClassId());
        products.add(product);
        products.addPrices(product.id(), prices, createdBy);
        events.productCreated(created.event());
        return products.detail(product.id(), today).orElseThrow();
    }
}
