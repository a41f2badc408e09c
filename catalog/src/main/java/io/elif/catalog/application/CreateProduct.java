package io.elif.catalog.application;

import io.elif.catalog.NewProduct;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductView;
import io.elif.catalog.domain.Product;

/** Adds a product to the catalogue and announces it. */
public final class CreateProduct {

    private final Products products;
    private final CatalogEvents events;

    public CreateProduct(Products products, CatalogEvents events) {
        this.products = products;
        this.events = events;
    }

    public ProductView handle(NewProduct request) {
        var product = Product.create(request);
        products.add(product);
        events.productCreated(new ProductCreated(product.id(), product.sku().value(), product.name(), product.baseUnit(),
                null, true, 0, null));
        return product.view();
    }
}
