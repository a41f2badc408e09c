package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The sales module's customers over HTTP, with a session per role. */
class CustomerApiTests extends ApiTestSupport {

    private static final String CUSTOMERS = "/api/sales/customers";

    @Test
    void salesManagersAndAdministratorsReadCustomersAndTheWarehouseSeesNone() {
        var customer = create(Role.MANAGER, "{\"name\":\"Bar Tsara " + tag() + "\"}");
        var id = customer.get("id").asString();

        for (var role : List.of(Role.SALES, Role.MANAGER, Role.ADMIN)) {
            assertThat(getAs(role, CUSTOMERS + "?q=" + customer.get("code").asString()).body().get("totalItems").asLong())
                    .as(role.name()).isEqualTo(1);
            assertThat(getAs(role, CUSTOMERS + "/" + id).status()).as(role.name()).isEqualTo(200);
            assertThat(getAs(role, CUSTOMERS + "/walk-in").body().get("code").asString()).isEqualTo("WALK-IN");
        }
        for (var path : List.of(CUSTOMERS, CUSTOMERS + "/" + id, CUSTOMERS + "/walk-in")) {
            assertThat(getAs(Role.WAREHOUSE, path).status()).as(path).isEqualTo(403);
        }
        assertThat(postAs(Role.WAREHOUSE, CUSTOMERS, "{\"name\":\"X\"}").status()).isEqualTo(403);
        assertThat(exchange(HttpRequest.newBuilder(uri(CUSTOMERS)).header("X-Tenant", "demo").GET()).status()).isEqualTo(401);
        assertThat(get("acme", CUSTOMERS + "/" + id).status()).isEqualTo(404);
        assertThat(get("demo", CUSTOMERS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aClerkQuickCreatesACustomerWithTheDefaultTermsAndMayNotSetThem() {
        var name = "Épicerie Rasoa " + tag();
        var created = postAs(Role.SALES, CUSTOMERS, """
                {"name":"%s","phone":"+261 34 12 345 67","email":"rasoa@gmail.com","address":"Lot II M 45\\nAnalakely"}
                """.formatted(name));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var customer = created.body();
        assertThat(created.raw().headers().firstValue("Location")).contains(CUSTOMERS + "/" + customer.get("id").asString());
        assertThat(customer.get("code").asString()).matches("C-\\d{6}");
        assertThat(customer.get("name").asString()).isEqualTo(name);
        assertThat(customer.get("address").asString()).isEqualTo("Lot II M 45\nAnalakely");
        assertThat(customer.get("priceLevel").asString()).isEqualTo("LEVEL_1");
        assertThat(customer.get("paymentTermsDays").asInt()).isEqualTo(30);
        assertThat(customer.get("creditLimit").asString()).isEqualTo("0.00");
        assertThat(customer.get("active").asBoolean()).isTrue();
        assertThat(customer.get("walkIn").asBoolean()).isFalse();

        for (var term : List.of("\"priceLevel\":\"WHOLESALE\"", "\"paymentTermsDays\":60", "\"creditLimit\":\"0\"")) {
            var refused = postAs(Role.SALES, CUSTOMERS, "{\"name\":\"Clerk's " + tag() + "\"," + term + "}");
            var field = term.substring(1, term.indexOf('"', 1));
            assertThat(fields(refused)).as(term).containsExactly(field);
            assertThat(refused.body().get("errors").get(0).get("message").asString()).startsWith("only a manager sets");
        }
        assertThat(getAs(Role.MANAGER, CUSTOMERS + "?q=Clerk's").body().get("totalItems").asLong()).isZero();

        var id = customer.get("id").asString();
        assertThat(putAs(Role.SALES, CUSTOMERS + "/" + id, change("X", 30, "0")).status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, CUSTOMERS + "/" + id + "/deactivate", "").status()).isEqualTo(403);
        assertThat(postAs(Role.SALES, CUSTOMERS + "/" + id + "/activate", "").status()).isEqualTo(403);
    }

    @Test
    void aManagerSetsTermsChangesAndDeactivatesACustomer() {
        var code = "gros-" + tag();
        var created = create(Role.MANAGER, """
                {"code":"%s","name":"Grossiste Ando","priceLevel":"WHOLESALE","paymentTermsDays":60,"creditLimit":"5000000"}
                """.formatted(code));
        assertThat(created.get("code").asString()).isEqualTo(code.toUpperCase());
        assertThat(created.get("priceLevel").asString()).isEqualTo("WHOLESALE");
        assertThat(created.get("creditLimit").asString()).isEqualTo("5000000.00");
        var id = created.get("id").asString();

        var changed = putAs(Role.MANAGER, CUSTOMERS + "/" + id, change("Grossiste Ando Boissons", 45, "7500000.50"));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("Grossiste Ando Boissons");
        assertThat(changed.body().get("code").asString()).isEqualTo(code.toUpperCase());
        assertThat(changed.body().get("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(changed.body().get("creditLimit").asString()).isEqualTo("7500000.50");

        var deactivated = postAs(Role.MANAGER, CUSTOMERS + "/" + id + "/deactivate", "");
        assertThat(deactivated.body().get("active").asBoolean()).isFalse();
        assertThat(ids(getAs(Role.SALES, CUSTOMERS + "?active=true&q=" + code).body())).isEmpty();
        assertThat(ids(getAs(Role.SALES, CUSTOMERS + "?active=false&q=" + code).body())).containsExactly(id);
        assertThat(postAs(Role.ADMIN, CUSTOMERS + "/" + id + "/activate", "").body().get("active").asBoolean()).isTrue();
        assertThat(putAs(Role.MANAGER, CUSTOMERS + "/" + UUID.randomUUID(), change("X", 30, "0")).status()).isEqualTo(404);
    }

    @Test
    void aCodeIsUniqueWhateverItsCase() {
        var code = "BAR-" + tag();
        create(Role.MANAGER, "{\"code\":\"" + code + "\",\"name\":\"Bar\"}");

        var duplicate = postAs(Role.MANAGER, CUSTOMERS, "{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"Other bar\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(duplicate.body().get("type").asString()).endsWith("/duplicate-code");
        assertThat(duplicate.body().get("value").asString()).isEqualTo(code);
        assertThat(postAs(Role.MANAGER, CUSTOMERS, "{\"code\":\"walk-in\",\"name\":\"Other\"}").status()).isEqualTo(409);
    }

    @Test
    void theWalkInCustomerCannotBeDeactivatedNorGivenCredit() {
        var walkIn = getAs(Role.SALES, CUSTOMERS + "/walk-in").body();
        var id = walkIn.get("id").asString();
        assertThat(walkIn.get("walkIn").asBoolean()).isTrue();
        assertThat(walkIn.get("paymentTermsDays").asInt()).isZero();

        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS + "/" + id + "/deactivate", ""))).containsExactly("active");
        assertThat(fields(putAs(Role.MANAGER, CUSTOMERS + "/" + id, change("Walk-in customer", 0, "1000"))))
                .containsExactly("creditLimit");
        assertThat(fields(putAs(Role.MANAGER, CUSTOMERS + "/" + id, change("Walk-in customer", 30, "0"))))
                .containsExactly("paymentTermsDays");
        assertThat(getAs(Role.SALES, CUSTOMERS + "/walk-in").body()).isEqualTo(walkIn);
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, """
                {"code":"bad code","name":" ","phone":"call me","email":"rasoa@","address":"%s",
                 "paymentTermsDays":366,"creditLimit":"-1"}
                """.formatted("x".repeat(501)))))
                .containsExactlyInAnyOrder("code", "name", "phone", "email", "address", "paymentTermsDays", "creditLimit");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"" + "x".repeat(121) + "\"}"))).containsExactly("name");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"A\",\"creditLimit\":\"1.005\"}")))
                .containsExactly("creditLimit");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"A\",\"creditLimit\":\"10000000000000\"}")))
                .containsExactly("creditLimit");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"A\",\"priceLevel\":\"LEVEL_9\"}")))
                .containsExactly("priceLevel");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"A\",\"paymentTermsDays\":\"30\"}")))
                .containsExactly("paymentTermsDays");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"A\",\"discount\":5}"))).containsExactly("discount");
        assertThat(fields(postAs(Role.MANAGER, CUSTOMERS, "{\"name\":\"Bar\\nTsara\"}"))).containsExactly("name");
        var id = create(Role.MANAGER, "{\"name\":\"Bar " + tag() + "\"}").get("id").asString();
        assertThat(fields(putAs(Role.MANAGER, CUSTOMERS + "/" + id, "{\"name\":\"Bar\"}")))
                .containsExactlyInAnyOrder("priceLevel", "paymentTermsDays", "creditLimit");
        assertThat(fields(getAs(Role.SALES, CUSTOMERS + "?size=101"))).containsExactly("size");
        assertThat(fields(getAs(Role.SALES, CUSTOMERS + "?active=maybe"))).containsExactly("active");
        assertThat(fields(getAs(Role.SALES, CUSTOMERS + "/not-a-uuid"))).containsExactly("id");
    }

    @Test
    void searchMatchesNameCodeOrPhoneAndPagesByName() {
        var tag = tag();
        var digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        var phone = "+261 34 " + digits;
        var zebu = create(Role.MANAGER, "{\"name\":\"Zébu Bar " + tag + "\",\"phone\":\"" + phone + "\"}");
        var alpha = create(Role.MANAGER, "{\"name\":\"alpha " + tag + "\"}");
        var beta = create(Role.MANAGER, "{\"name\":\"Beta " + tag + "\"}");

        assertThat(ids(getAs(Role.SALES, CUSTOMERS + "?q=" + tag.toLowerCase()).body()))
                .containsExactly(id(alpha), id(beta), id(zebu));
        assertThat(ids(getAs(Role.SALES, CUSTOMERS + "?q=" + digits).body())).containsExactly(id(zebu));
        var second = getAs(Role.SALES, CUSTOMERS + "?q=" + tag + "&page=1&size=2").body();
        assertThat(ids(second)).containsExactly(id(zebu));
        assertThat(second.get("totalItems").asLong()).isEqualTo(3);
        assertThat(second.get("totalPages").asLong()).isEqualTo(2);
    }

    private JsonNode create(Role role, String json) {
        var response = postAs(role, CUSTOMERS, json);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.body();
    }

    private static String change(String name, int days, String credit) {
        return """
                {"name":"%s","phone":"","email":"","address":"","priceLevel":"LEVEL_1","paymentTermsDays":%d,"creditLimit":"%s"}
                """.formatted(name, days, credit);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String id(JsonNode customer) {
        return customer.get("id").asString();
    }

}
