package io.elif.bootstrap.api;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Catalog's ProductCreated reaches inventory after commit, in the publishing tenant's database only. */
class EventDeliveryApiTests extends ApiTestSupport {

    @Autowired
    IncompleteEventPublications incompletePublications;

    @Test
    void aNewProductGetsAnEmptyStockRecordInItsOwnTenant() {
        var id = createProduct("acme", uniqueSku(), "Event pils").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var stock = get("acme", "/api/inventory/stock/" + id);
            assertThat(stock.status()).isEqualTo(200);
            assertThat(stock.body().get("onHand").asLong()).isZero();
        });
        assertThat(get("demo", "/api/inventory/stock/" + id).status()).isEqualTo(404);
    }

    @Test
    void thePublicationIsRecordedAndCompletedInThePublishersDatabase() {
        var id = createProduct("demo", uniqueSku(), "Registry stout").get("id").asString();

        // one publication per listener of ProductCreated: inventory's stock card and reporting's product names
        await().atMost(Duration.ofSeconds(10)).until(() -> (Long) queryTenantDatabase("demo",
                "select count(*) from events.event_publication where serialized_event like ? and completion_date is not null",
                "%" + id + "%") == 2L);
        assertThat(queryTenantDatabase("acme",
                "select count(*) from events.event_publication where serialized_event like ?", "%" + id + "%")).isEqualTo(0L);
    }

    /** A publication left incomplete (as by a crash) is delivered again, for its own tenant only. */
    @Test
    void incompletePublicationsAreResubmittedPerTenant() {
        var delivered = createProduct("acme", uniqueSku(), "Template").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("acme", "/api/inventory/stock/" + delivered).status() == 200);
        var lost = UUID.randomUUID().toString();
        queryTenantDatabase("acme", """
                insert into events.event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                select gen_random_uuid(), listener_id, event_type, replace(serialized_event, ?, ?), now() - interval '5 minutes', 'FAILED', 1
                from events.event_publication where serialized_event like ? returning id
                """, delivered, lost, "%" + delivered + "%");

        TenantContext.runAs(new TenantId("acme"), () -> incompletePublications.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> get("acme", "/api/inventory/stock/" + lost).status() == 200);
        assertThat(get("demo", "/api/inventory/stock/" + lost).status()).isEqualTo(404);
    }
}
