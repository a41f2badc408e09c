package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input is bounded and strict at the edge: numbers out of their range, text with control characters or
 * lone surrogates, and lenient JSON (duplicate keys, coercions, enum indexes, numeric dates, unknown fields)
 * are refused with 400 and the field at fault, before anything is locked or written, and never log a stack trace.
 * In the JSON bodies below, {@code \\u0000} is JSON's escape for NUL (the request carries the six characters).
 */
@ExtendWith(OutputCaptureExtension.class)
class StrictInputApiTests extends ApiTestSupport {

    /** A request as the demo tenant's administrator and the field its refusal must name. */
    record Case(String method, String path, String body, String field) {

        static Case post(String path, String body, String field) {
            return new Case("POST", path, body, field);
        }

        static Case put(String path, String body, String field) {
            return new Case("PUT", path, body, field);
        }

        static Case get(String path, String field) {
            return new Case("GET", path, null, field);
        }

        @Override
        public String toString() {
            return method + " " + path + " " + (body == null ? "" : body.strip()) + " -> " + field;
        }
    }

    private static final String ANY = UUID.randomUUID().toString();
    private static final String TOO_MANY = "1000000001";
    private static final String LONG_OVERFLOW = "9223372036854775808";
    private static final String LONG_MIN = "-9223372036854775808";

    static List<Case> numbersOutOfRange() {
        return List.of(
                receiptLine("\"quantity\": 1, \"unitCost\": 1e1000000", "lines[0].unitCost"),
                receiptLine("\"quantity\": 1, \"unitCost\": 1e30", "lines[0].unitCost"),
                receiptLine("\"quantity\": 1, \"unitCost\": \"1e30\"", "lines[0].unitCost"),
                receiptLine("\"quantity\": 1, \"unitCost\": \"1000000000000000.00\"", "lines[0].unitCost"),
                receiptLine("\"quantity\": 1, \"unitCost\": \"0.00001\"", "lines[0].unitCost"),
                receiptLine("\"quantity\": 1, \"unitCost\": -1", "lines[0].unitCost"),
                receiptLine("\"quantity\": " + LONG_OVERFLOW, "lines[0].quantity"),
                receiptLine("\"quantity\": " + LONG_MIN, "lines[0].quantity"),
                receiptLine("\"quantity\": " + TOO_MANY, "lines[0].quantity"),
                receiptLine("\"quantity\": 1e3", "lines[0].quantity"),
                Case.post("/api/inventory/adjustments",
                        "{\"productId\": \"" + ANY + "\", \"quantity\": " + LONG_MIN + ", \"reason\": \"CORRECTION\"}", "quantity"),
                Case.post("/api/inventory/adjustments",
                        "{\"productId\": \"" + ANY + "\", \"quantity\": " + TOO_MANY + ", \"reason\": \"FOUND\"}", "quantity"),
                Case.post("/api/inventory/adjustments",
                        "{\"productId\": \"" + ANY + "\", \"quantity\": -" + TOO_MANY + ", \"reason\": \"THEFT\"}", "quantity"),
                Case.post("/api/inventory/transfers", "{\"fromLocationId\": \"" + ANY + "\", \"toLocationId\": \"" + UUID.randomUUID()
                        + "\", \"lines\": [{\"productId\": \"" + ANY + "\", \"quantity\": 9223372036854775807}]}", "lines[0].quantity"),
                breakBulk("\"quantity\": " + TOO_MANY + ", \"unitsPerSource\": 24", "quantity"),
                breakBulk("\"quantity\": 1, \"unitsPerSource\": 9223372036854775807", "unitsPerSource"),
                breakBulk("\"quantity\": 1, \"unitsPerSource\": 1", "unitsPerSource"),
                Case.put("/api/inventory/stocktakes/" + ANY + "/counts",
                        "{\"lines\": [{\"productId\": \"" + ANY + "\", \"counted\": " + TOO_MANY + "}]}", "lines[0].counted"),
                Case.put("/api/inventory/stocktakes/" + ANY + "/counts",
                        "{\"lines\": [{\"productId\": \"" + ANY + "\", \"counted\": -1}]}", "lines[0].counted"),
                product("minimumStock", LONG_OVERFLOW, "minimumStock"),
                product("minimumStock", TOO_MANY, "minimumStock"),
                product("maximumStock", TOO_MANY, "maximumStock"),
                product("prices", "{\"LEVEL_1\": 1e1000000}", "prices[LEVEL_1]"),
                product("prices", "{\"LEVEL_1\": \"10000000000000.00\"}", "prices[LEVEL_1]"),
                Case.put("/api/catalog/products/" + ANY, "{\"name\": \"N\", \"categoryId\": \"" + ANY + "\", \"taxClassId\": \""
                        + ANY + "\", \"minimumStock\": " + LONG_MIN + "}", "minimumStock"),
                Case.post("/api/catalog/products/" + ANY + "/packs", "{\"name\": \"Crate\", \"unitsPerPack\": 2147483648}", "unitsPerPack"),
                Case.post("/api/catalog/products/" + ANY + "/packs", "{\"name\": \"Crate\", \"unitsPerPack\": 10001}", "unitsPerPack"),
                Case.post("/api/catalog/products/" + ANY + "/packs",
                        "{\"name\": \"Crate\", \"unitsPerPack\": 24, \"prices\": {\"LEVEL_1\": 1e20}}", "prices[LEVEL_1]"),
                Case.post("/api/catalog/products/" + ANY + "/prices", "{\"level\": \"LEVEL_1\", \"amount\": 1e1000000}", "amount"),
                Case.post("/api/catalog/products/" + ANY + "/prices", "{\"level\": \"LEVEL_1\", \"amount\": \"1E-1000000\"}", "amount"),
                Case.put("/api/catalog/products/" + ANY + "/containers",
                        "{\"containers\": [{\"containerTypeId\": \"" + ANY + "\", \"quantity\": 2147483648}]}", "containers[0].quantity"),
                Case.put("/api/catalog/products/" + ANY + "/containers",
                        "{\"containers\": [{\"containerTypeId\": \"" + ANY + "\", \"quantity\": 10001}]}", "containers[0].quantity"),
                Case.post("/api/catalog/tax-classes", "{\"name\": \"Huge\", \"rate\": 1e1000000}", "rate"),
                Case.post("/api/catalog/tax-classes", "{\"name\": \"Huge\", \"rate\": \"100.01\"}", "rate"),
                Case.post("/api/catalog/containers",
                        "{\"code\": \"HUGE\", \"name\": \"Huge\", \"kind\": \"CRATE\", \"deposit\": 1e20}", "deposit"),
                Case.get("/api/catalog/products?page=99999999999", "page"),
                Case.get("/api/catalog/products?size=101", "size"),
                Case.get("/api/inventory/stock/overview?page=-1", "page"),
                Case.get("/api/inventory/stock/near-expiry?days=9999999999", "days"),
                Case.get("/api/inventory/stock/" + ANY + "/movements?limit=0", "limit"),
                Case.get("/api/identity/users?size=1000", "size"),
                Case.get("/api/identity/audit?page=100001", "page"));
    }

    static List<Case> badText() {
        return List.of(
                product("name", "\"Be\\u0000er\"", "name"),
                product("description", "\"bell\\u0007\"", "description"),
                product("name", "\"Beer \\ud800\"", "name"),
                product("storageLocation", "\"\\udc00A12\"", "storageLocation"),
                product("barcodes", "[\"\\u0000\"]", "barcodes[0]"),
                Case.post("/api/catalog/categories", "{\"name\": \"\\u001b[31mRed\"}", "name"),
                Case.post("/api/catalog/tax-classes", "{\"name\": \"Tax\\u0000\", \"rate\": \"5.00\"}", "name"),
                Case.post("/api/inventory/receipts", "{\"reference\": \"R\\u0000\", \"lines\": [{\"productId\": \"" + ANY
                        + "\", \"quantity\": 1}]}", "reference"),
                receiptLine("\"quantity\": 1, \"lot\": \"L\\u0000\"", "lines[0].lot"),
                Case.post("/api/inventory/adjustments", "{\"productId\": \"" + ANY
                        + "\", \"quantity\": 1, \"reason\": \"FOUND\", \"note\": \"\\ud83d\"}", "note"),
                Case.post("/api/inventory/warehouses", "{\"code\": \"W\\u0000\", \"name\": \"Depot\"}", "code"),
                Case.post("/api/identity/users", "{\"username\": \"nul\", \"email\": \"nul@demo.example\", \"displayName\": \"N\\u0000\","
                        + " \"roles\": [\"SALES\"], \"password\": \"long-enough-pass-2026\"}", "displayName"),
                Case.post("/api/identity/users", "{\"username\": \"surrogate\", \"email\": \"s@demo.example\", \"displayName\": \"S\","
                        + " \"roles\": [\"SALES\"], \"password\": \"pass-\\ud800-2026-long\"}", "password"),
                Case.post("/api/identity/me/tokens", "{\"name\": \"token\\u0000\"}", "name"),
                Case.get("/api/catalog/products?q=%00", "q"),
                Case.get("/api/catalog/products?q=a%0Ab", "q"),
                Case.get("/api/inventory/stock/overview?q=%01", "q"),
                Case.get("/api/identity/users?q=%00", "q"),
                Case.get("/api/identity/audit?username=%00", "username"),
                Case.get("/api/catalog/barcodes/%01", "code"),
                Case.get("/api/catalog/barcodes/4006381%1B333931", "code"));
    }

    static List<Case> lenientJson() {
        return List.of(
                Case.post("/api/identity/users", "{\"username\": \"twice\", \"email\": \"twice@demo.example\", \"displayName\": \"T\","
                        + " \"roles\": [\"SALES\"], \"roles\": [\"ADMIN\"], \"password\": \"long-enough-pass-2026\"}", "roles"),
                Case.post("/api/inventory/adjustments", "{\"productId\": \"" + ANY + "\", \"quantity\": 1, \"reason\": 3}", "reason"),
                Case.post("/api/inventory/adjustments", "{\"productId\": \"" + ANY + "\", \"quantity\": 1, \"reason\": \"3\"}", "reason"),
                product("baseUnit", "1", "baseUnit"),
                Case.post("/api/catalog/categories", "{\"name\": \"Ones\", \"sellable\": 1}", "sellable"),
                Case.post("/api/catalog/categories", "{\"name\": \"Texts\", \"sellable\": \"true\"}", "sellable"),
                product("name", "123", "name"),
                product("sku", "42.5", "sku"),
                product("description", "true", "description"),
                Case.post("/api/catalog/products/" + ANY + "/packs", "{\"name\": \"Crate\", \"unitsPerPack\": 6.5}", "unitsPerPack"),
                Case.post("/api/catalog/products/" + ANY + "/packs", "{\"name\": \"Crate\", \"unitsPerPack\": \"6\"}", "unitsPerPack"),
                receiptLine("\"quantity\": \"5\"", "lines[0].quantity"),
                Case.post("/api/catalog/products/" + ANY + "/prices",
                        "{\"level\": \"LEVEL_1\", \"amount\": \"1.00\", \"validFrom\": 20000000}", "validFrom"),
                Case.post("/api/catalog/products/" + ANY + "/prices",
                        "{\"level\": \"LEVEL_1\", \"amount\": \"1.00\", \"validFrom\": [2030, 1, 1]}", "validFrom"),
                receiptLine("\"quantity\": 1, \"bestBefore\": 1", "lines[0].bestBefore"),
                receiptLine("\"quantity\": 1, \"bestBefore\": \"+999999999-12-31\"", "lines[0].bestBefore"),
                Case.post("/api/catalog/products/" + ANY + "/prices",
                        "{\"level\": \"LEVEL_1\", \"amount\": \"1.00\", \"validFrom\": \"+10000-01-01\"}", "validFrom"),
                Case.get("/api/identity/audit?from=%2B999999999-12-31", "from"),
                Case.put("/api/identity/settings", "{\"requireTotpForAdmins\": null}", "requireTotpForAdmins"),
                Case.put("/api/identity/settings", "{}", "requireTotpForAdmins"),
                Case.put("/api/identity/settings", "{\"requireTotpForAdmins\": 1}", "requireTotpForAdmins"),
                Case.post("/api/catalog/categories", "{\"name\": \"Colours\", \"colour\": \"red\"}", "colour"),
                product("minimumStok", "5", "minimumStok"),
                receiptLine("\"quantity\": 1, \"unitcost\": \"1.00\"", "lines[0].unitcost"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfRange")
    void numbersOutsideTheirRangeAreRefusedWithTheFieldAtFault(Case request, CapturedOutput output) {
        assertRefused(request, output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badText")
    void controlCharactersAndLoneSurrogatesAreRefusedWithTheFieldAtFault(Case request, CapturedOutput output) {
        assertRefused(request, output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientJson")
    void jsonIsReadStrictly(Case request, CapturedOutput output) {
        assertRefused(request, output);
    }

    @Test
    void aUnitCostWithAMillionDigitExponentIsRefusedAtOnceAndBooksNothing(CapturedOutput output) {
        var product = createProduct("demo", uniqueSku(), "Exponent lager").get("id").asString();
        var started = System.nanoTime();

        var response = post("demo", "/api/inventory/receipts", """
                {"reference": "D-EXP", "lines": [{"productId": "%s", "quantity": 10, "unitCost": 1e1000000}]}
                """.formatted(product));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertValidationProblem(response, "lines[0].unitCost");
        assertThat(queryTenantDatabase("demo", "select count(*) from inventory.stock_movement where product_id = ?",
                UUID.fromString(product))).isEqualTo(0L);
        assertNoStackTrace(output);
    }

    @Test
    void oversizedTextAndDocumentsAreRefusedWhileReading() {
        var longDescription = post("demo", "/api/catalog/products",
                productBody("demo", uniqueSku(), "Long").put("description", "x".repeat(100_001)).toString());
        var hugeDocument = post("demo", "/api/catalog/categories", " ".repeat(1_000_001) + "{\"name\": \"Huge\"}");

        assertValidationProblem(longDescription, "description");
        assertThat(longDescription.raw().body()).contains("is too long");
        assertThat(hugeDocument.status()).isEqualTo(400);
        assertThat(hugeDocument.body().get("type").asString()).isEqualTo("https://elif.io/problems/malformed-request");
    }

    @Test
    void aDuplicateRolesKeyCreatesNobody() {
        var response = post("demo", "/api/identity/users", """
                {"username": "escalated", "email": "escalated@demo.example", "displayName": "E",
                 "roles": ["SALES"], "roles": ["ADMIN"], "password": "long-enough-pass-2026"}
                """);

        assertValidationProblem(response, "roles");
        assertThat(queryTenantDatabase("demo", "select count(*) from identity.user_account where username = ?", "escalated"))
                .isEqualTo(0L);
    }

    @Test
    void freeTextKeepsTabsLineBreaksAndCharactersOutsideTheBasicPlane() {
        var body = productBody("demo", uniqueSku(), "Beer \uD83C\uDF7A");
        body.put("description", "Line one\nline two\r\n\tindented");

        var created = createProduct("demo", body);

        assertThat(created.get("name").asString()).isEqualTo("Beer \uD83C\uDF7A");
        assertThat(created.get("description").asString()).isEqualTo("Line one\nline two\r\n\tindented");
    }

    @Test
    void theAnonymousLoginRefusesNulAndLoneSurrogatesAsBadInput(CapturedOutput output) {
        var nul = anonymousLogin("{\"login\": \"ad\\u0000min\", \"password\": \"" + ADMIN_PASSWORD + "\"}");
        var surrogate = anonymousLogin("{\"login\": \"" + ADMIN + "\", \"password\": \"pass\\ud800word\"}");

        assertValidationProblem(nul, "login");
        assertValidationProblem(surrogate, "password");
        assertNoStackTrace(output);
    }

    /** The container refuses most control characters in headers itself; a tab inside a value reaches ELIF. */
    @Test
    void aControlCharacterInTheTenantHeaderIsRefusedNamingTheHeader() {
        var response = rawRequest("GET /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nX-Tenant: de\tmo\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("X-Tenant");
    }

    private void assertRefused(Case request, CapturedOutput output) {
        var builder = request.body() == null
                ? HttpRequest.newBuilder(uri(request.path())).GET()
                : jsonRequest(request.path(), request.method(), request.body());

        var response = send("demo", builder);

        assertValidationProblem(response, request.field());
        assertNoStackTrace(output);
    }

    private static void assertValidationProblem(Response response, String field) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://elif.io/problems/validation");
        assertThat(response.body().get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(response.raw().body()).contains(field);
        assertThat(response.raw().body()).doesNotContain("Exception", "tools.jackson", "java.");
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("unexpected failure").doesNotContain("\tat ");
    }

    private static Case receiptLine(String fields, String field) {
        return Case.post("/api/inventory/receipts",
                "{\"reference\": \"R-1\", \"lines\": [{\"productId\": \"" + ANY + "\", " + fields + "}]}", field);
    }

    private static Case breakBulk(String fields, String field) {
        return Case.post("/api/inventory/break-bulk",
                "{\"sourceProductId\": \"" + ANY + "\", \"targetProductId\": \"" + UUID.randomUUID() + "\", " + fields + "}", field);
    }

    /** A valid product body but for one field, given as raw JSON (replacing the valid value, if any). */
    private static Case product(String name, String rawValue, String field) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("sku", "\"SKU-1\"");
        fields.put("name", "\"Name\"");
        fields.put("categoryId", "\"" + ANY + "\"");
        fields.put("taxClassId", "\"" + ANY + "\"");
        fields.put("baseUnit", "\"BOTTLE\"");
        fields.put("prices", "{\"LEVEL_1\": \"1.00\"}");
        fields.put(name, rawValue);
        var body = new java.util.StringJoiner(", ", "{", "}");
        fields.forEach((key, value) -> body.add("\"" + key + "\": " + value));
        return Case.post("/api/catalog/products", body.toString(), field);
    }

    /** A login as the login page sends it, with the body exactly as written (JSON escapes included). */
    private Response anonymousLogin(String body) {
        var csrf = csrfToken("demo");
        return exchange(jsonRequest("/api/auth/login", "POST", body).header("X-Tenant", "demo")
                .header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf));
    }

    private String rawRequest(String request) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
