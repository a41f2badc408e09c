package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantDataSources;
import io.elif.bootstrap.tenancy.Tenants;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventsConfiguration {

    private static final String MODULITH_DATABASE_TYPE = "org.springframework.modulith.events.jdbc.DatabaseType";
    private static final String REGISTRY = "eventPublicationRegistry";
    /** The bean the registry's shutdown report needs, so that it is destroyed after the registry. */
    private static final String TENANT_DATA_SOURCES = "tenantDataSources";

    /**
     * Spring Modulith asks the DataSource for its product name at start-up. ELIF's DataSource serves
     * no connection without a tenant, and every tenant database is PostgreSQL: the answer is pinned.
     */
    @Bean
    static BeanFactoryPostProcessor pinModulithDatabaseType() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("databaseType")) {
                return;
            }
            var definition = (AbstractBeanDefinition) beanFactory.getBeanDefinition("databaseType");
            definition.setInstanceSupplier(() -> postgres(beanFactory.getBeanClassLoader()));
        };
    }

    /** Modulith's registry, made to report per tenant when the application stops. */
    @Bean
    static BeanFactoryPostProcessor reportPublicationsPerTenant() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(REGISTRY)) {
                return;
            }
            var definition = (AbstractBeanDefinition) beanFactory.getBeanDefinition(REGISTRY);
            definition.setInstanceSupplier(() -> new TenantEventPublicationRegistry(
                    beanFactory.getBean(EventPublicationRepository.class), beanFactory.getBean(Clock.class),
                    beanFactory.getBean(TenantDataSources.class)));
            definition.setDependsOn(TENANT_DATA_SOURCES);
        };
    }

    @Bean
    TenantEventResubmission tenantEventResubmission(Tenants tenants, IncompleteEventPublications publications) {
        return new TenantEventResubmission(tenants, publications);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object postgres(ClassLoader classLoader) {
        var type = (Class<? extends Enum>) ClassUtils.resolveClassName(MODULITH_DATABASE_TYPE, classLoader);
        return Enum.valueOf(type, "POSTGRES");
    }
}
