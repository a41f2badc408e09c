package io.elif.bootstrap.embedded;

import io.elif.catalog.Catalog;
import io.elif.identity.UserProvisioning;
import io.elif.inventory.Inventory;
import io.elif.sales.CustomerRegistration;
import io.elif.bootstrap.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Only when no {@code elif.tenants.*} is configured, and never with the prod profile (its demo accounts'
 * passwords are in the README): the embedded PostgreSQL and its demo data.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@Conditional(EmbeddedDefaultConfiguration.NoTenantConfigured.class)
class EmbeddedDefaultConfiguration {

    @Bean
    EmbeddedDemoTenants embeddedDemoTenants(@Value("${elif.embedded.data-directory:.elif/postgres}") Path dataDirectory) {
        return new EmbeddedDemoTenants(dataDirectory);
    }

    @Bean
    DemoData demoData(Tenants tenants, Catalog catalog, Inventory inventory, UserProvisioning users, Clock clock,
                      PlatformTransactionManager transactions, CustomerRegistration customers) {
        return new DemoData(tenants, catalog, inventory, users, clock, transactions, new DemoCustomers(customers));
    }

    static final class NoTenantConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("elif.tenants", Bindable.mapOf(String.class, Object.class))
                    .map(Map::isEmpty)
                    .orElse(true);
        }
    }
}
