package io.elif.bootstrap.events;

import io.elif.bootstrap.api.ApiTestSupport;
import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stock cards that lost (or never had) the catalogue's facts get them back from the repair at start. */
class StockCardRepairTests extends ApiTestSupport {

    @Autowired
    StockCardRepair repair;

    @Test
    void aCardWithoutItsFactsGetsThemFromTheCatalogueAgain() {
        var sku = uniqueSku();
        var product = createProduct("demo", sku, "Forgotten ale").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> overviewNames(sku).contains("Forgotten ale"));
        queryTenantDatabase("demo", "update inventory.stock_card set sku = null, name = null where product_id = ? returning 1",
                UUID.fromString(product));
        assertThat(overviewNames(sku)).doesNotContain("Forgotten ale");

        TenantContext.runAs(new TenantId("demo"), repair::repair);

        await().atMost(Duration.ofSeconds(10)).until(() -> overviewNames(sku).contains("Forgotten ale"));
    }

    private String overviewNames(String sku) {
        return get("demo", "/api/inventory/stock/overview?q=" + sku).body().get("items").toString();
    }
}
