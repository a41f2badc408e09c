package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clerks at once through real HTTP, the security chain and the tenant's pool: the stock, the numbers and a
 * completion stay exact. The module tests prove the same rules without HTTP; these prove nothing in between breaks them.
 */
class SaleConcurrencyApiTests extends ApiTestSupport {

    private static final String SALES = "/api/sales/sales";

    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES);
    }

    /** 200 counter sales of 1 bottle against 100 in stock: 100 sold, 100 refused naming the product, nothing left. */
    @Test
    void twoHundredCounterSalesOfOneBottleAgainstAHundredSellAHundred() throws InterruptedException {
        var beer = sellable("Race beer " + UUID.randomUUID(), "BOTTLE", "3000.00");
        receive(beer, 100);
        var sales = rows("sales.sale");
        var body = """
                {"complete": true, "payments": [{"method": "CASH", "amount": "3000"}],
                 "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(beer);

        var answers = concurrently(200, () -> postAs(Role.SALES, SALES, body));

        assertThat(answers.stream().map(answer -> answer.status() + " " + answer.body().path("type").asString("")))
                .as("statuses and problem types").filteredOn(answer -> answer.startsWith("201")).hasSize(100);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(100).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(409);
            assertThat(refused.body().get("type").asString()).endsWith("/insufficient-stock");
            assertThat(refused.body().get("productId").asString()).isEqualTo(beer);
        });
        assertThat(rows("sales.sale")).isEqualTo(sales + 100);
        assertThat(stock(beer).get("onHand").asLong()).isZero();
        assertThat(stock(beer).get("reserved").asLong()).isZero();
        assertThat(getAs(Role.ADMIN, "/api/inventory/stock/consistency").body().get("consistent").asBoolean()).isTrue();
    }

    /** A phone order completed by 10 drivers' devices at once: issued once, paid once, every answer the same sale. */
    @Test
    void aConfirmedOrderCompletedByTenClientsAtOnceIsIssuedAndPaidOnce() throws InterruptedException {
        var beer = sellable("Race order " + UUID.randomUUID(), "BOTTLE", "3000.00");
        receive(beer, 50);
        var order = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 7}]}""".formatted(beer)).body().get("id").asString();
        assertThat(postAs(Role.SALES, SALES + "/" + order + "/confirm", "").status()).isEqualTo(200);

        var answers = concurrently(10, () -> postAs(Role.SALES, SALES + "/" + order + "/complete",
                "{\"payments\": [{\"method\": \"CASH\", \"amount\": \"21000\"}]}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            assertThat(answer.body().get("state").asString()).isEqualTo("COMPLETED");
        });
        assertThat(answers.stream().map(answer -> answer.body().get("completed").toString()).distinct()).hasSize(1);
        var completed = getAs(Role.SALES, SALES + "/" + order).body();
        assertThat(completed.get("payments")).as("paid once").hasSize(1);
        assertThat(completed.get("owed").asString()).isEqualTo("0.00");
        assertThat(stock(beer).get("onHand").asLong()).isEqualTo(43);
        assertThat(stock(beer).get("reserved").asLong()).isZero();
        assertThat(queryTenantDatabase(DEMO, "select count(*) from inventory.stock_movement where reference = ?",
                completed.get("number").asString())).isEqualTo(1L);
    }

    /** 50 clerks saving a cart at once: 50 sales numbered consecutively, none twice. */
    @Test
    void fiftyConcurrentSalesGetFiftyDistinctConsecutiveNumbers() throws InterruptedException {
        var beer = sellable("Race numbers " + UUID.randomUUID(), "BOTTLE", "3000.00");
        var body = "{\"lines\": [{\"productId\": \"%s\", \"quantity\": 1}]}".formatted(beer);

        var answers = concurrently(50, () -> postAs(Role.SALES, SALES, body));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201));
        var numbers = answers.stream().map(answer -> answer.body().get("number").asString())
                .mapToLong(number -> Long.parseLong(number.substring(number.lastIndexOf('-') + 1))).sorted().toArray();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers[49] - numbers[0]).as("consecutive").isEqualTo(49);
    }
}
