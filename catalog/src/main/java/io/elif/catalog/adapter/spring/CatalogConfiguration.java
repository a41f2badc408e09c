package io.elif.catalog.adapter.spring;

import io.elif.catalog.application.AdministerReferenceData;
import io.elif.catalog.application.AttachContainers;
import io.elif.catalog.application.CatalogEvents;
import io.elif.catalog.application.ChangeProduct;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.ManagePacks;
import io.elif.catalog.application.Products;
import io.elif.catalog.application.RecordPrice;
import io.elif.catalog.application.ReferenceTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the Spring-free use cases; "today" comes from the application's clock, in the tenant's time zone. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CreateProduct createProduct(Products products, ReferenceTables tables, CatalogEvents events, Clock clock) {
        return new CreateProduct(products, tables, events, clock);
    }

    @Bean
    ChangeProduct changeProduct(Products products, ReferenceTables tables, CatalogEvents events, Clock clock) {
        return new ChangeProduct(products, tables, events, clock);
    }

    @Bean
    ManagePacks managePacks(Products products, ReferenceTables tables, Clock clock) {
        return new ManagePacks(products, tables, clock);
    }

    @Bean
    RecordPrice recordPrice(Products products, ReferenceTables tables, Clock clock) {
        return new RecordPrice(products, tables, clock);
    }

    @Bean
    AttachContainers attachContainers(Products products, ReferenceTables tables) {
        return new AttachContainers(products, tables);
    }

    @Bean
    AdministerReferenceData administerReferenceData(ReferenceTables tables) {
        return new AdministerReferenceData(tables);
    }
}
