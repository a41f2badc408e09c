package io.elif.bootstrap.api;

import io.elif.bootstrap.GeneratedDocs;
import io.elif.bootstrap.security.PermissionMatrix;
import io.elif.bootstrap.security.PermissionMatrix.Access;
import io.elif.identity.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix against the API as built: every operation of the OpenAPI document has exactly
 * one row, and every role, and no role at all, gets exactly what its row allows, over real HTTP.
 */
class PermissionMatrixTests extends ApiTestSupport {

    private static final PermissionMatrix MATRIX = PermissionMatrix.load();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Settings that say how costs are stated (with or without tax), never what anything costs. */
    private static final Set<String> TAX_POLICY_FLAGS = Set.of("purchaseCostsIncludeTax");
    private static final AtomicReference<String> ADMIN_TOKEN = new AtomicReference<>();

    @Test
    void everyOperationHasExactlyOneRowAndEveryRowAnOperation() {
        var operations = new HashSet<String>();
        var paths = get(null, "/v3/api-docs").body().get("paths");
        for (var path : paths.propertyNames()) {
            for (var method : METHODS) {
                if (paths.get(path).has(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        var rows = MATRIX.rules().stream().map(rule -> rule.method() + " " + rule.path()).toList();

        assertThat(rows).doesNotHaveDuplicates();
        assertThat(new HashSet<>(rows)).isEqualTo(operations);
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyWhatItsRowAllows() {
        var tests = new ArrayList<DynamicTest>();
        for (var rule : MATRIX.rules()) {
            tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " anonymous", () -> {
                var status = call(rule, null).status();
                if (rule.access() == Access.PUBLIC) {
                    assertThat(status).isNotIn(401, 403);
                } else {
                    assertThat(status).isEqualTo(401);
                }
            }));
            for (var role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " as " + role, () -> {
                    var status = call(rule, role).status();
                    var allowed = rule.access() != Access.ROLES || rule.roles().contains(role);
                    if (allowed) {
                        assertThat(status).isNotIn(401, 403);
                    } else {
                        assertThat(status).isEqualTo(403);
                    }
                }));
            }
            if (rule.access() != Access.PUBLIC) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " by an ADMIN's API token", () -> {
                    var response = exchange(request(rule).header("Authorization", "Bearer " + adminToken()));
                    if (rule.sessionOnly()) {
                        assertThat(response.status()).isEqualTo(403);
                        assertThat(response.body().get("type").asString()).endsWith("/session-required");
                    } else if (rule.access() == Access.ROLES && !rule.roles().contains(Role.ADMIN)) {
                        assertThat(response.status()).isEqualTo(403);
                    } else {
                        assertThat(response.status()).isNotIn(401, 403);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void responsesToSalesNeverCarryCostsOrMargins() {
        var sales = sessionAs("demo", Role.SALES);
        createProduct("demo", uniqueSku(), "Margin check lager");
        for (var rule : MATRIX.rules()) {
            if (rule.method().equals("GET") && !rule.path().contains("{")
                    && (rule.access() != Access.ROLES || rule.roles().contains(Role.SALES))) {
                var response = sendAs(sales, HttpRequest.newBuilder(uri(rule.path())).GET());
                assertThat(fieldNames(response.body())).as(rule.path())
                        .filteredOn(name -> !TAX_POLICY_FLAGS.contains(name))
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("cost")
                                || name.toLowerCase(Locale.ROOT).contains("margin"));
            }
        }
    }

    @Test
    void docsHoldTheMatrix() {
        var table = new StringBuilder("""
                # Permission matrix

                Generated from `bootstrap/src/main/resources/security/permissions.txt` by `PermissionMatrixTests`,
                which also checks it against every operation of the API and every role over HTTP.
                *public*: anyone; *signed-in*: any session, even one still waiting for its two-factor set-up.
                *API token*: whether a request authenticated by an API token may call it (with its user's roles);
                what sets credentials needs a session (see security.md).
                An operation that is not listed is refused to everyone.

                | Operation | ADMIN | MANAGER | SALES | WAREHOUSE | Anonymous | API token |
                |---|---|---|---|---|---|---|
                """);
        for (var rule : MATRIX.rules()) {
            table.append("| `").append(rule.method()).append(' ').append(rule.path()).append("` |");
            for (var role : Role.values()) {
                table.append(rule.access() != Access.ROLES || rule.roles().contains(role) ? " yes |" : " no |");
            }
            table.append(switch (rule.access()) {
                case PUBLIC -> " yes |";
                case SIGNED_IN -> " signed-in only |";
                case ROLES -> " no |";
            }).append(rule.sessionOnly() ? " no, session only |" : " yes |").append('\n');
        }
        assertThat(table).contains("POST /api/catalog/products");
        GeneratedDocs.check("permissions.md", table.toString());
    }

    private Response call(PermissionMatrix.Rule rule, Role role) {
        var request = request(rule);
        if (role == null) {
            var csrf = csrfToken("demo");
            return exchange(request.header("X-Tenant", "demo").header("Cookie", "XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf));
        }
        var loggingOut = rule.path().equals("/api/auth/logout");
        var session = loggingOut ? freshSessionAs("demo", role) : sessionAs("demo", role);
        return sendAs(session, request);
    }

    /**
     * The operation with random ids for its path's variables (a whole segment, or part of one: {@code sales.{format}})
     * and an empty JSON object as its body, if it takes one.
     */
    private HttpRequest.Builder request(PermissionMatrix.Rule rule) {
        var path = Arrays.stream(rule.path().split("/"))
                .map(segment -> segment.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))
                .reduce((a, b) -> a + "/" + b).orElseThrow();
        var body = Set.of("POST", "PUT", "PATCH").contains(rule.method()) ? "{}" : null;
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(rule.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** An API token of demo's administrator, created by their session on first use. */
    private String adminToken() {
        return ADMIN_TOKEN.updateAndGet(token -> token != null ? token
                : sendAs(adminOf("demo"), jsonRequest("/api/identity/me/tokens", "POST", "{\"name\":\"permission matrix\"}"))
                        .body().get("token").asString());
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        if (node == null) {
            return names;
        }
        if (node.isObject()) {
            for (var name : node.propertyNames()) {
                names.add(name);
                names.addAll(fieldNames(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(element -> names.addAll(fieldNames(element)));
        }
        return names;
    }
}
