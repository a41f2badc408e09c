package io.elif.bootstrap.tenancy;

import io.elif.bootstrap.embedded.EmbeddedDemoTenants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import io.elif.bootstrap.web.ProblemWriter;
import io.elif.identity.CurrentTenant;
import io.elif.kernel.Company;
import io.elif.kernel.CurrentCompany;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.stream.Stream;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyConfiguration {

    /**
     * Configured tenants and those of the tenant registry's files; with neither a tenant nor a registry configured,
     * the embedded demo tenants, which exist only outside the prod profile: there, no tenant is a start-up error
     * that says what to configure. A registry may start empty: its tenants come with onboarding.
     */
    @Bean
    Tenants tenants(TenancyProperties properties, ObjectProvider<EmbeddedDemoTenants> embedded) {
        var directory = properties.tenantRegistry().directory();
        if (!properties.tenants().isEmpty() || directory != null) {
            var tenants = Tenants.fromConfiguration(properties.tenants());
            TenantRegistry.readable(directory == null ? null : new TenantFiles(directory), tenants.ids())
                    .forEach(tenants::add);
            return tenants;
        }
        var demo = embedded.getIfAvailable();
        if (demo == null) {
            throw new NoTenantConfiguredException();
        }
        return new Tenants(demo.connections());
    }

    /** One bound on connections for the whole instance, from the configuration or the servers (decision 84). */
    @Bean
    TenantDataSources tenantDataSources(Tenants tenants, TenancyProperties properties) {
        return new TenantDataSources(tenants, properties.pool(), ServerConnectionLimits.total(tenants, properties.pool()));
    }

    /** Migrates in the background once the context is built; the openings need the modules' beans. */
    @Bean
    TenantMigrations tenantMigrations(Tenants tenants, TenantDataSources dataSources, TenancyProperties properties,
                                      ObjectProvider<TenantOpening> openings) {
        return new TenantMigrations(tenants, dataSources, properties.migrationThreads(),
                () -> openings.orderedStream().toList());
    }

    /** The tenants of the registry's directory, read again while the instance runs. */
    @Bean
    TenantRegistry tenantRegistry(TenancyProperties properties, Tenants tenants, TenantDataSources dataSources,
                                  TenantMigrations migrations) {
        var directory = properties.tenantRegistry().directory();
        var files = directory == null ? null : new TenantFiles(directory);
        var configured = properties.tenants().keySet().stream().map(TenantId::new).collect(java.util.stream.Collectors.toSet());
        var initial = new java.util.HashMap<TenantId, TenantConnection>();
        tenants.ids().stream().filter(tenant -> !configured.contains(tenant))
                .forEach(tenant -> tenants.connection(tenant).ifPresent(connection -> initial.put(tenant, connection)));
        if (files == null) {
            initial.clear();
        }
        return new TenantRegistry(files, tenants, dataSources, migrations, configured, initial,
                properties.tenantRegistry().reloadInterval().toMillis());
    }

    /** No tenant serves before its schemas are current: the routing refuses a tenant that is not up. */
    @Bean
    DataSource dataSource(Tenants tenants, TenantDataSources dataSources) {
        return new TenantRoutingDataSource(tenants, dataSources);
    }

    @Bean
    FilterRegistrationBean<TenantFilter> tenantFilter(Tenants tenants, TenancyProperties properties, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new TenantFilter(tenants, properties.baseDomains(), problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The one source of "now" for every module; the business day is the bound tenant's. */
    @Bean
    Clock clock(Tenants tenants) {
        return new TenantClock(Clock.systemUTC(), tenants);
    }

    /** Identity names the tenant in credentials and audit records; it is the one bound to this thread. */
    @Bean
    CurrentTenant currentTenant() {
        return () -> TenantContext.current().orElseThrow(NoTenantException::new).value();
    }

    /** Sales prints the letterhead of the tenant bound to this thread on its documents. */
    @Bean
    CurrentCompany currentCompany(Tenants tenants) {
        return () -> {
            var tenant = TenantContext.current().orElseThrow(NoTenantException::new);
            return companyOf(tenant, tenants);
        };
    }

    /** The tenant's configured company; its name is the tenant's id when none is configured. */
    private static Company companyOf(TenantId tenant, Tenants tenants) {
        var company = tenants.connection(tenant).map(TenantConnection::company)
                .orElse(new TenantConnection.Company(null, null, null, null));
        var name = company.name() == null || company.name().isBlank() ? tenant.value() : company.name().strip();
        return new Company(name, blankToNull(company.address()), blankToNull(company.phone()), blankToNull(company.taxId()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Async work (event listeners) runs for the tenant of the thread that scheduled it. */
    @Bean
    TaskDecorator tenantPropagatingTaskDecorator() {
        return TenantContext::propagate;
    }

    /** Each tenant served now, the registry's included: asked when health is, not fixed at start-up. */
    @Bean
    CompositeHealthContributor tenantsHealthContributor(Tenants tenants, TenantDataSources dataSources) {
        return new CompositeHealthContributor() {
            @Override
            public HealthContributor getContributor(String name) {
                if (!TenantId.isValid(name) || !tenants.isKnown(new TenantId(name))) {
                    return null;
                }
                return new TenantHealthIndicator(new TenantId(name), tenants, dataSources);
            }

            @Override
            public Stream<Entry> stream() {
                return tenants.ids().stream().map(tenant ->
                        new Entry(tenant.value(), new TenantHealthIndicator(tenant, tenants, dataSources)));
            }
        };
    }
}
