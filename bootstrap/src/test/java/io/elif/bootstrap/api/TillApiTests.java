package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tills through real HTTP, as each role: open, take cash, pay out, close with a count, the Z report to the unit. */
class TillApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String TILLS = "/api/sales/tills";
    private static final String SESSIONS = "/api/sales/till-sessions";

    /**
     * A float of 50,000; 4 bottles sold for cash (12,000; 20,000 handed over, 8,000 change); 2,500 taken out: 59,500
     * expected. Counted by denominations: 59,400, 100 short. The Z report says so to the unit.
     */
    @Test
    void aSessionOpensTakesCashPaysOutClosesWithACountAndReportsToTheUnit() {
        closeOwnSession(Role.SALES);
        var beer = sellable("Till test " + UUID.randomUUID(), "BOTTLE", "3000.00");
        receive(beer, 10);
        var till = till();

        var opened = postAs(Role.SALES, TILLS + "/" + till + "/sessions", "{\"openingFloat\": \"50000\"}");
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        var session = opened.body().get("id").asString();
        assertThat(opened.raw().headers().firstValue("Location")).contains(SESSIONS + "/" + session);
        assertThat(opened.body().get("cash").get("expected").asString()).isEqualTo("50000.00");
        var again = postAs(Role.SALES, TILLS + "/" + till() + "/sessions", "{\"openingFloat\": \"0\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("till-session-open");
        assertThat(again.body().get("conflict").asString()).isEqualTo("CLERK");

        var sale = postAs(Role.SALES, "/api/sales/sales", """
                {"complete": true, "payments": [{"method": "CASH", "amount": "20000"}],
                 "lines": [{"productId": "%s", "quantity": 4}]}""".formatted(beer));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        assertThat(sale.body().get("payments").get(0).get("change").asString()).isEqualTo("8000.00");
        var paidOut = postAs(Role.SALES, SESSIONS + "/" + session + "/movements",
                "{\"kind\": \"PAID_OUT\", \"amount\": \"2500\", \"reason\": \"window cleaner\"}");
        assertThat(paidOut.status()).as(paidOut.raw().body()).isEqualTo(201);
        assertThat(paidOut.body().get("amount").asString()).isEqualTo("-2500.00");
        var current = getAs(Role.SALES, SESSIONS + "/current").body().get("session");
        assertThat(current.get("id").asString()).isEqualTo(session);
        assertThat(current.get("cash").get("expected").asString()).isEqualTo("59500.00");
        assertThat(current.get("movements").valueStream().map(line -> line.get("kind").asString()).toList())
                .containsExactly("FLOAT", "PAYMENT", "PAID_OUT");

        var closed = postAs(Role.SALES, SESSIONS + "/" + session + "/close", """
                {"denominations": [{"value": "10000", "count": 5}, {"value": "5000", "count": 1},
                  {"value": "1000", "count": 4}, {"value": "200", "count": 2}, {"value": "100", "count": 0}]}""");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        assertThat(closed.body().get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("cash").get("expected").asString()).isEqualTo("59500.00");
        assertThat(closed.body().get("counted").asString()).isEqualTo("59400.00");
        assertThat(closed.body().get("difference").asString()).isEqualTo("-100.00");
        var twice = postAs(Role.SALES, SESSIONS + "/" + session + "/close", "{\"counted\": \"59500\"}");
        assertThat(twice.body().get("counted").asString()).as("closed once").isEqualTo("59400.00");

        var report = getAs(Role.SALES, SESSIONS + "/" + session + "/report");
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        var z = report.body();
        assertThat(z.get("sales").get("count").asInt()).isEqualTo(1);
        assertThat(z.get("sales").get("total").asString()).isEqualTo("12000.00");
        assertThat(z.get("sales").get("tax").asString()).isEqualTo("2000.00");
        assertThat(z.get("sales").get("net").asString()).isEqualTo("10000.00");
        assertThat(z.get("payments").get(0).get("method").asString()).isEqualTo("CASH");
        assertThat(z.get("payments").get(0).get("amount").asString()).isEqualTo("12000.00");
        assertThat(z.get("depositsTaken").asString()).isEqualTo("0.00");
        assertThat(z.get("depositsReturned").asString()).isEqualTo("0.00");
        assertThat(z.get("openingFloat").asString()).isEqualTo("50000.00");
        assertThat(z.get("cashPayments").asString()).isEqualTo("12000.00");
        assertThat(z.get("paidIn").asString()).isEqualTo("0.00");
        assertThat(z.get("paidOut").asString()).isEqualTo("2500.00");
        assertThat(z.get("refunds").asString()).isEqualTo("0.00");
        assertThat(z.get("expected").asString()).isEqualTo("59500.00");
        assertThat(z.get("counted").asString()).isEqualTo("59400.00");
        assertThat(z.get("difference").asString()).isEqualTo("-100.00");

        // closed: the next cash sale is refused, nothing written
        var sales = queryTenantDatabase(TENANT, "select count(*) from sales.sale");
        var refused = postAs(Role.SALES, "/api/sales/sales", """
                {"complete": true, "payments": [{"method": "CASH", "amount": "3000"}],
                 "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(beer));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("till-closed");
        assertThat(refused.body().get("detail").asString()).contains("open a till session first");
        assertThat(queryTenantDatabase(TENANT, "select count(*) from sales.sale")).isEqualTo(sales);

        // the manager's view lists it with its difference
        var listed = getAs(Role.MANAGER, SESSIONS + "?tillId=" + till + "&state=CLOSED");
        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        assertThat(ids(listed.body())).containsExactly(session);
        assertThat(listed.body().get("items").get(0).get("difference").asString()).isEqualTo("-100.00");
        assertThat(listed.body().get("items").get(0).get("clerk").asString()).isEqualTo("sales_user");
    }

    @Test
    void aClerkSeesOnlyTheirOwnSessionsAndTheWarehouseNoTill() {
        tillsOpen(Role.MANAGER);
        var managers = getAs(Role.MANAGER, SESSIONS + "/current").body().get("session").get("id").asString();

        assertThat(getAs(Role.SALES, SESSIONS + "/" + managers).status()).isEqualTo(404);
        assertThat(getAs(Role.SALES, SESSIONS + "/" + managers + "/report").status()).isEqualTo(404);
        assertThat(postAs(Role.SALES, SESSIONS + "/" + managers + "/close", "{\"counted\": \"0\"}").status())
                .isEqualTo(404);
        var seen = getAs(Role.SALES, SESSIONS + "?clerk=manager_user&size=100");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("items").size()).isZero();
        assertThat(getAs(Role.SALES, SESSIONS + "?size=100").body().get("items").valueStream()
                .map(item -> item.get("clerk").asString()).distinct().toList()).containsAnyOf("sales_user").doesNotContain("manager_user");
        assertThat(getAs(Role.ADMIN, SESSIONS + "/" + managers).status()).isEqualTo(200);

        assertThat(getAs(Role.WAREHOUSE, TILLS).status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, SESSIONS).status()).isEqualTo(403);
        assertThat(getAs(Role.WAREHOUSE, SESSIONS + "/" + managers + "/report").status()).isEqualTo(403);
        assertThat(postAs(Role.WAREHOUSE, TILLS + "/" + till() + "/sessions", "{\"openingFloat\": \"0\"}").status())
                .isEqualTo(403);
        assertThat(postAs(Role.SALES, TILLS, "{\"code\": \"T-X\", \"name\": \"Mine\"}").status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var till = till();
        assertThat(fields(postAs(Role.SALES, TILLS + "/" + till + "/sessions",
                "{\"openingFloat\": \"-1\"}"))).containsExactly("openingFloat");
        assertThat(fields(postAs(Role.MANAGER, TILLS, "{\"code\": \"a b\", \"name\": \"x\"}"))).containsExactly("code");
        tillsOpen(Role.MANAGER);
        var session = getAs(Role.MANAGER, SESSIONS + "/current").body().get("session").get("id").asString();
        assertThat(fields(postAs(Role.MANAGER, SESSIONS + "/" + session + "/close",
                "{\"counted\": \"10\", \"denominations\": [{\"value\": \"1000\", \"count\": 1}]}"))).containsExactly("counted");
        assertThat(fields(postAs(Role.MANAGER, SESSIONS + "/" + session + "/close",
                "{\"denominations\": [{\"value\": \"1000\", \"count\": -1}]}"))).containsExactly("denominations[0].count");
        assertThat(fields(postAs(Role.MANAGER, SESSIONS + "/" + session + "/movements",
                "{\"kind\": \"PAID_IN\", \"amount\": \"10\", \"reason\": \"\"}"))).containsExactly("reason");
        assertThat(getAs(Role.MANAGER, SESSIONS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    /** Closes the role's open session, if any, counting what it expects. */
    private void closeOwnSession(Role role) {
        var current = getAs(role, SESSIONS + "/current").body().get("session");
        if (!current.isNull()) {
            var closed = postAs(role, SESSIONS + "/" + current.get("id").asString() + "/close",
                    "{\"counted\": \"%s\"}".formatted(current.get("cash").get("expected").asString()));
            assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        }
    }

    private String till() {
        var till = postAs(Role.MANAGER, TILLS, "{\"code\": \"T-%s\", \"name\": \"Counter\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(till.status()).as(till.raw().body()).isEqualTo(201);
        return till.body().get("id").asString();
    }

}
