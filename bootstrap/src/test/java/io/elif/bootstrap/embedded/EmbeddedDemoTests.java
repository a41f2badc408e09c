package io.elif.bootstrap.embedded;

import io.elif.inventory.application.StockOverview;
import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantId;
import io.elif.bootstrap.tenancy.Tenants;
import io.elif.catalog.Catalog;
import io.elif.inventory.Inventory;
import io.elif.inventory.application.ReportStock;
import io.elif.inventory.application.TransferStock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The README's run command in miniature: no tenant configured, so ELIF starts its embedded demo. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDemoTests {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("elif.embedded.data-directory", () -> dataDirectory.toString());
    }

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    ReportStock reports;

    @Autowired
    TransferStock transfers;

    @Autowired
    DSLContext dsl;

    @Autowired
    Tenants tenants;

    @Test
    void theDemoTenantsHoldACatalogueWithStockToWorkWith() {
        var demo = new TenantId("demo");
        // migrated and seeded in the background after the start
        await().atMost(Duration.ofMinutes(2)).until(() -> EmbeddedDemoTenants.DEMO_TENANTS.stream().allMatch(tenants::isUp));

        TenantContext.runAs(demo, () -> {
            assertThat(catalog.countProducts()).isEqualTo(9);
            assertThat(inventory.checkConsistency()).isEmpty();
            assertThat(reports.nearExpiry(30, null)).isNotEmpty();
            assertThat(reports.value().atCost()).isGreaterThan(BigDecimal.ZERO);
            assertThat(transfers.transfers(null)).hasSize(1);
            // six customers beside the walk-in one, among them a wholesale customer on 60 days with credit
            assertThat(dsl.fetchCount(DSL.table("sales.customer"))).isEqualTo(7);
            assertThat(dsl.fetchCount(DSL.table("sales.customer"), DSL.condition(
                    "price_level = 'WHOLESALE' and payment_terms_days = 60 and credit_limit > 0"))).isEqualTo(1);
        });
        // the stock cards learn SKUs and minimums from the catalogue's events, delivered after commit
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> TenantContext.runAs(demo, () ->
                assertThat(reports.lowStock()).extracting(StockOverview.Row::sku).contains("DZAMA-70")));
        TenantContext.runAs(new TenantId("acme"), () -> assertThat(catalog.countProducts()).isEqualTo(5));
    }
}
