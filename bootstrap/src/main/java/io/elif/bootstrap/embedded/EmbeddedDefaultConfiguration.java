package io.elif.bootstrap.embedded;

import io.elif.catalog.Catalog;
import io.elif.identity.UserProvisioning;
import io.elif.inventory.Inventory;
import io.elif.sales.CustomerRegistration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * Only when no {@code elif.tenants.*} is configured, and never with the prod profile (its demo accounts'
 * passwords are in the README): the embedded PostgreSQL, started early by {@link EarlyEmbeddedPostgres}, and its
 * demo data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDefaultConfiguration.EmbeddedDefault.class)
class EmbeddedDefaultConfiguration {

    /** Started by {@link EarlyEmbeddedPostgres}, which the same condition registers; this waits for it. */
    @Bean
    EmbeddedDemoTenants embeddedDemoTenants(EarlyEmbeddedPostgres.Start early) {
        return early.take();
    }

    @Bean
    DemoData demoData(Catalog catalog, Inventory inventory, UserProvisioning users, Clock clock,
                      PlatformTransactionManager transactions, CustomerRegistration customers) {
        return new DemoData(catalog, inventory, users, clock, transactions, new DemoCustomers(customers));
    }

    static final class EmbeddedDefault implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EarlyEmbeddedPostgres.applies(context.getEnvironment());
        }
    }
}
