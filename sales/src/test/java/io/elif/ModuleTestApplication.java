package io.elif;

import io.elif.kernel.Company;
import io.elif.kernel.CurrentCompany;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.List;

/** The application class a module test of the sales artifact boots from. */
@SpringBootApplication
class ModuleTestApplication {

    /** The clock bootstrap gives every module (there in the tenant's time zone). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The letterhead bootstrap gives from the tenant's configuration. */
    @Bean
    CurrentCompany currentCompany() {
        return () -> new Company("Module Test Boissons", "Rue Rainandriamampandry, Antananarivo", null, null);
    }

    /**
     * Sales runs on the catalogue and inventory: each module's schema migrated by its own migrations with its own
     * history table, as bootstrap's TenantMigrations does.
     */
    @Bean
    FlywayMigrationStrategy everyModuleSchema() {
        return flyway -> List.of("catalog", "inventory", "kernel", "sales").forEach(schema -> Flyway.configure()
                .dataSource(flyway.getConfiguration().getDataSource())
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/" + schema)
                .load()
                .migrate());
    }
}
