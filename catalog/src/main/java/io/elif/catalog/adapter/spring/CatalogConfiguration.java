package io.elif.catalog.adapter.spring;

import io.elif.catalog.application.CatalogEvents;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.Products;
import io.elif.catalog.application.SearchProducts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free use cases. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CreateProduct createProduct(Products products, CatalogEvents events) {
        return new CreateProduct(products, events);
    }

    @Bean
    SearchProducts searchProducts(Products products) {
        return new SearchProducts(products);
    }
}
