package io.elif.catalog.adapter.spring;

import io.elif.catalog.Catalog;
import io.elif.catalog.NewProduct;
import io.elif.catalog.ProductPage;
import io.elif.catalog.ProductView;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.Products;
import io.elif.catalog.application.SearchProducts;
import io.elif.catalog.domain.Product;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalog's facade: one transaction per call. */
@Service
@Transactional(readOnly = true)
class TransactionalCatalog implements Catalog {

    private final CreateProduct createProduct;
    private final SearchProducts searchProducts;
    private final Products products;

    TransactionalCatalog(CreateProduct createProduct, SearchProducts searchProducts, Products products) {
        this.createProduct = createProduct;
        this.searchProducts = searchProducts;
        this.products = products;
    }

    @Override
    @Transactional
    public ProductView createProduct(NewProduct product) {
        return createProduct.handle(product);
    }

    @Override
    public Optional<ProductView> findProduct(UUID id) {
        return products.byId(id).map(Product::view);
    }

    @Override
    public ProductPage searchProducts(String text, int page, int size) {
        return searchProducts.handle(text, page, size);
    }

    @Override
    public long countProducts() {
        return products.count();
    }

    @Override
    public Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level) {
        return productIds.isEmpty() || level != PriceLevel.LEVEL_1 ? Map.of() : products.levelOnePrices(productIds);
    }
}
