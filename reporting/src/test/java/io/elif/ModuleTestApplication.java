package io.elif;

import io.elif.kernel.Company;
import io.elif.kernel.CurrentCompany;
import io.elif.reporting.DeliveredEvents;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The application class a module test of the reporting artifact boots from. */
@SpringBootApplication
class ModuleTestApplication {

    /**
     * The clock bootstrap gives every module, in the tenant's time zone: here a fixed Wednesday morning in
     * Antananarivo (UTC+3), whose business day, 2026-03-18, began at 21:00 UTC the evening before.
     */
    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-03-18T06:00:00Z"), ZoneId.of("Indian/Antananarivo"));
    }

    /** The letterhead bootstrap gives from the tenant's configuration (sales, booted with reporting, needs it). */
    @Bean
    CurrentCompany currentCompany() {
        return () -> new Company("Module Test Boissons", "Antananarivo", null, null);
    }

    /** The history a rebuild replays: bootstrap's reads the event publication registry, the test's what it delivered. */
    @Bean
    DeliveredEvents deliveredEvents() {
        return new DeliveredEvents();
    }

    /** Each module's schema migrated by its own migrations with its own history table, as TenantMigrations does. */
    @Bean
    FlywayMigrationStrategy everyModuleSchema() {
        return flyway -> List.of("catalog", "inventory", "kernel", "reporting", "sales").forEach(schema -> Flyway.configure()
                .dataSource(flyway.getConfiguration().getDataSource())
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/" + schema)
                .load()
                .migrate());
    }
}
