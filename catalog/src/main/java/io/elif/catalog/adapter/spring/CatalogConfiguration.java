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

/** Wires the Spring-free use cases. "Today" is the server's date until tenants get a time zone of their own. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    static final Clock CLOCK = Clock.systemDefaultZone();

    @Bean
    CreateProduct createProduct(Products products, ReferenceTables tables, CatalogEvents events) {
        return new CreateProduct(products, tables, events, CLOCK);
    }

    @Bean
    ChangeProduct changeProduct(Products products, ReferenceTables tables, CatalogEvents events) {
        return new ChangeProduct(products, tables, events, CLOCK);
    }

    @Bean
    ManagePacks managePacks(Products products, ReferenceTables tables) {
        return new ManagePacks(products, tables, CLOCK);
    }

    @Bean
    RecordPrice recordPrice(Products products, ReferenceTables tables) {
        return new RecordPrice(products, tables, CLOCK);
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
