package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments, the credit limit and the customer's account through real HTTP, as each role. */
class PaymentApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String SALES = "/api/sales/sales";
    private static final String CUSTOMERS = "/api/sales/customers";

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES, Role.MANAGER, Role.ADMIN);
    }

    /** DOMAIN.md's worked example, its money part before deposits: 192,000, 150,000 cash, 42,000 owed in 30 days. */
    @Test
    void theWorkedExamplePaysPartInCashAndOwesTheRestInThirtyDays() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        var crate = crate(beer, 24, "LEVEL_2", "60000.00");
        var soda = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "2200.00", "2000.00");
        receive(beer, 72);
        receive(soda, 6);
        var bar = customer("LEVEL_2", "100000", 30);

        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "payments": [{"method": "CASH", "amount": "150000"}], "lines": [
                  {"productId": "%s", "packId": "%s", "quantity": 3},
                  {"productId": "%s", "quantity": 6}]}""".formatted(bar, beer, crate, soda));

        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var body = sale.body();
        assertThat(body.get("total").asString()).isEqualTo("192000.00");
        assertThat(body.get("paid").asString()).isEqualTo("150000.00");
        assertThat(body.get("owed").asString()).isEqualTo("42000.00");
        assertThat(body.get("paymentStatus").asString()).isEqualTo("PARTLY_PAID");
        var businessDate = LocalDate.parse(body.get("businessDate").asString());
        assertThat(body.get("dueDate").asString()).isEqualTo(businessDate.plusDays(30).toString());
        var payment = body.get("payments").get(0);
        assertThat(payment.get("method").asString()).isEqualTo("CASH");
        assertThat(payment.get("amount").asString()).isEqualTo("150000.00");
        assertThat(payment.get("tendered").asString()).isEqualTo("150000.00");
        assertThat(payment.get("change").asString()).isEqualTo("0.00");
        assertThat(payment.get("by").asString()).isEqualTo(body.get("completed").get("by").asString());
        assertThat(body.get("creditOverride").isNull()).isTrue();
        assertThat(body.toString()).doesNotContainIgnoringCase("cost");

        var account = getAs(Role.SALES, CUSTOMERS + "/" + bar + "/account");
        assertThat(account.status()).as(account.raw().body()).isEqualTo(200);
        assertThat(account.body().get("totalOwed").asString()).isEqualTo("42000.00");
        assertThat(account.body().get("ageing").get("current").asString()).isEqualTo("42000.00");
        var open = account.body().get("openSales").get(0);
        assertThat(open.get("number").asString()).isEqualTo(body.get("number").asString());
        assertThat(open.get("payable").asString()).isEqualTo("192000.00");
        assertThat(open.get("paid").asString()).isEqualTo("150000.00");
        assertThat(open.get("owed").asString()).isEqualTo("42000.00");
        assertThat(open.get("daysOverdue").asInt()).isZero();
        assertThat(account.body().get("recentPayments").get(0).get("allocations").get(0).get("number").asString())
                .isEqualTo(body.get("number").asString());
        var found = getAs(Role.SALES, SALES + "?customerId=" + bar + "&paymentStatus=PARTLY_PAID").body();
        assertThat(ids(found)).containsExactly(body.get("id").asString());
        assertThat(found.get("items").get(0).get("owed").asString()).isEqualTo("42000.00");
    }

    @Test
    void zeroNegativeOverScaleAndOverOwedAmountsAreRefusedNamingTheAmount() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var bar = customer("LEVEL_1", "100000", 30);
        var sale = sell(bar, beer, 2, "");   // 6,000 owed
        var payments = rows("sales.payment");

        for (var amount : List.of("0", "-1", "\"1.001\"", "\"abc\"")) {
            var refused = postAs(Role.SALES, SALES + "/" + sale + "/payments",
                    "{\"method\": \"CARD\", \"amount\": %s}".formatted(amount));
            assertThat(fields(refused)).as(amount).containsExactly("amount");
        }
        var over = postAs(Role.SALES, SALES + "/" + sale + "/payments", "{\"method\": \"CARD\", \"amount\": \"6001\"}");
        assertThat(fields(over)).containsExactly("amount");
        assertThat(over.raw().body()).contains("6000.00");
        var atCompletion = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "payments": [{"method": "CARD", "amount": "3001"}],
                 "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(bar, beer));
        assertThat(fields(atCompletion)).containsExactly("payments[0].amount");
        assertThat(fields(postAs(Role.SALES, SALES + "/" + sale + "/payments", "{\"amount\": \"100\"}")))
                .containsExactly("method");
        assertThat(fields(postAs(Role.SALES, SALES + "/" + sale + "/payments",
                "{\"method\": \"MOBILE_MONEY\", \"amount\": \"100\"}"))).containsExactly("reference");
        var noReference = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "payments": [{"method": "MOBILE_MONEY", "amount": "3000"}],
                 "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(bar, beer));
        assertThat(fields(noReference)).containsExactly("payments[0].reference");
        assertThat(noReference.raw().body()).contains("transaction reference");

        var cash = postAs(Role.SALES, SALES + "/" + sale + "/payments", "{\"method\": \"CASH\", \"amount\": \"10000\"}");
        assertThat(cash.status()).as(cash.raw().body()).isEqualTo(201);
        assertThat(cash.body().get("amount").asString()).isEqualTo("6000.00");
        assertThat(cash.body().get("tendered").asString()).isEqualTo("10000.00");
        assertThat(cash.body().get("change").asString()).isEqualTo("4000.00");
        assertThat(rows("sales.payment")).isEqualTo(payments + 1);
        assertThat(getAs(Role.SALES, SALES + "/" + sale).body().get("paymentStatus").asString()).isEqualTo("PAID");
    }

    @Test
    void theWalkInCustomerPaysEverythingAndAPartialPaymentNeedsANamedCustomer() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var sales = rows("sales.sale");

        var partial = postAs(Role.SALES, SALES, """
                {"complete": true, "payments": [{"method": "CASH", "amount": "5000"}],
                 "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(beer));
        assertThat(fields(partial)).containsExactly("payments");
        assertThat(partial.raw().body()).contains("named customer");
        assertThat(fields(postAs(Role.SALES, SALES, """
                {"complete": true, "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(beer))))
                .containsExactly("payments");
        assertThat(rows("sales.sale")).isEqualTo(sales);
        assertThat(onHand(beer)).isEqualTo(10);

        var paid = postAs(Role.SALES, SALES, """
                {"complete": true, "payments": [{"method": "MOBILE_MONEY", "amount": "2000", "reference": "MP1"},
                  {"method": "CASH", "amount": "5000"}], "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(beer));
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
        assertThat(paid.body().get("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(paid.body().get("payments").get(1).get("change").asString()).isEqualTo("1000.00");
        assertThat(paid.body().get("dueDate").isNull()).isTrue();
    }

    @Test
    void beyondTheCreditLimitIs409WithTheFiguresAndAManagerMayOverride() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 20);
        var bar = customer("LEVEL_1", "10000", 15);
        sell(bar, beer, 2, "");   // owes 6,000
        var order = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "lines": [{"productId": "%s", "quantity": 3}]}""".formatted(bar, beer)).body()
                .get("id").asString();

        var refused = postAs(Role.SALES, SALES + "/" + order + "/complete", """
                {"payments": [{"method": "CARD", "amount": "3000"}]}""");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/credit-limit");
        assertThat(refused.body().get("creditLimit").asString()).isEqualTo("10000.00");
        assertThat(refused.body().get("openBalance").asString()).isEqualTo("6000.00");
        assertThat(refused.body().get("unpaid").asString()).isEqualTo("6000.00");
        assertThat(refused.body().get("excess").asString()).isEqualTo("2000.00");
        assertThat(getAs(Role.SALES, SALES + "/" + order).body().get("state").asString()).isEqualTo("DRAFT");

        var clerk = postAs(Role.SALES, SALES + "/" + order + "/complete", """
                {"creditOverride": {"reason": "a friend"}}""");
        assertThat(fields(clerk)).containsExactly("creditOverride");
        assertThat(clerk.raw().body()).contains("only a manager");

        var overridden = postAs(Role.MANAGER, SALES + "/" + order + "/complete", """
                {"payments": [{"method": "CARD", "amount": "3000"}], "creditOverride": {"reason": "pays on Friday"}}""");
        assertThat(overridden.status()).as(overridden.raw().body()).isEqualTo(200);
        var body = overridden.body();
        assertThat(body.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("creditOverride").get("reason").asString()).isEqualTo("pays on Friday");
        assertThat(body.get("creditOverride").get("by").asString()).isEqualTo(body.get("completed").get("by").asString());
        assertThat(body.get("owed").asString()).isEqualTo("6000.00");
        assertThat(getAs(Role.MANAGER, CUSTOMERS + "/" + bar + "/account").body().get("totalOwed").asString())
                .isEqualTo("12000.00");
    }

    @Test
    void aPaymentOnAccountSettlesTheOldestSalesFirst() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 20);
        var bar = customer("LEVEL_1", "100000", 30);
        var oldest = sell(bar, beer, 2, "");    // 6,000
        var newest = sell(bar, beer, 3, "");    // 9,000

        var payment = postAs(Role.SALES, CUSTOMERS + "/" + bar + "/payments", """
                {"method": "BANK_TRANSFER", "amount": "10000", "reference": "TRF-2026-12"}""");

        assertThat(payment.status()).as(payment.raw().body()).isEqualTo(201);
        var allocations = payment.body().get("allocations");
        assertThat(allocations.get(0).get("saleId").asString()).isEqualTo(oldest);
        assertThat(allocations.get(0).get("amount").asString()).isEqualTo("6000.00");
        assertThat(allocations.get(1).get("saleId").asString()).isEqualTo(newest);
        assertThat(allocations.get(1).get("amount").asString()).isEqualTo("4000.00");
        assertThat(payment.body().get("reference").asString()).isEqualTo("TRF-2026-12");
        var account = getAs(Role.SALES, CUSTOMERS + "/" + bar + "/account").body();
        assertThat(account.get("totalOwed").asString()).isEqualTo("5000.00");
        assertThat(account.get("openSales").size()).isEqualTo(1);
        assertThat(account.get("openSales").get(0).get("saleId").asString()).isEqualTo(newest);
        assertThat(getAs(Role.SALES, SALES + "/" + oldest).body().get("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(getAs(Role.SALES, SALES + "/" + newest).body().get("paymentStatus").asString())
                .isEqualTo("PARTLY_PAID");
        var over = postAs(Role.SALES, CUSTOMERS + "/" + bar + "/payments", """
                {"method": "CARD", "amount": "5001"}""");
        assertThat(fields(over)).containsExactly("amount");
        assertThat(over.raw().body()).contains("5000.00");
        assertThat(postAs(Role.SALES, CUSTOMERS + "/" + UUID.randomUUID() + "/payments", """
                {"method": "CARD", "amount": "1"}""").status()).isEqualTo(404);
        assertThat(getAs(Role.SALES, CUSTOMERS + "/" + UUID.randomUUID() + "/account").status()).isEqualTo(404);
        assertThat(postAs(Role.WAREHOUSE, CUSTOMERS + "/" + bar + "/payments", """
                {"method": "CARD", "amount": "1"}""").status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, CUSTOMERS + "/" + bar + "/account").status()).isEqualTo(403);
    }

    @Test
    void aRetriedPaymentWithItsKeyIsTakenOnce() {
        var beer = sellable("Payment test " + UUID.randomUUID(), "BOTTLE", "3000.00", "2700.00");
        receive(beer, 10);
        var bar = customer("LEVEL_1", "100000", 30);
        var sale = sell(bar, beer, 3, "");   // 9,000
        var key = UUID.randomUUID().toString();
        var body = "{\"method\": \"CARD\", \"amount\": \"4000\"}";
        var payments = rows("sales.payment");

        var first = sendAs(sessionAs(TENANT, Role.SALES),
                jsonRequest(SALES + "/" + sale + "/payments", "POST", body).header("Idempotency-Key", key));
        var retried = sendAs(sessionAs(TENANT, Role.SALES),
                jsonRequest(SALES + "/" + sale + "/payments", "POST", body).header("Idempotency-Key", key));

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retried.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(rows("sales.payment")).isEqualTo(payments + 1);
        assertThat(getAs(Role.SALES, SALES + "/" + sale).body().get("owed").asString()).isEqualTo("5000.00");
    }

    /** A completed sale for the customer, with a payment body ({@code ""}: nothing paid). */
    private String sell(String customer, String product, int quantity, String payments) {
        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, %s "lines": [{"productId": "%s", "quantity": %d}]}"""
                .formatted(customer, payments.isEmpty() ? "" : "\"payments\": " + payments + ",", product, quantity));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        return sale.body().get("id").asString();
    }

    private String customer(String level, String creditLimit, int terms) {
        var created = postAs(Role.MANAGER, CUSTOMERS, """
                {"name": "Bar %s", "priceLevel": "%s", "creditLimit": "%s", "paymentTermsDays": %d}"""
                .formatted(UUID.randomUUID(), level, creditLimit, terms));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
