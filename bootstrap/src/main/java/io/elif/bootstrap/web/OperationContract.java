package io.elif.bootstrap.web;

import io.elif.bootstrap.security.PermissionMatrix;
import io.elif.bootstrap.security.PermissionMatrix.Access;
import io.elif.identity.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.elif.bootstrap.web.ApiDocumentation.API_TOKEN;
import static io.elif.bootstrap.web.ApiDocumentation.CSRF_COOKIE;
import static io.elif.bootstrap.web.ApiDocumentation.CSRF_HEADER;
import static io.elif.bootstrap.web.ApiDocumentation.SESSION;

/**
 * What many operations share, written once: each operation's credentials from its row of the permission
 * matrix, and its problem+json responses (one Problem schema) from its method, input, path and row. A
 * controller declares only the refusals of its own operation (a 409 and why); the common ones join them.
 */
final class OperationContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final PermissionMatrix matrix;

    OperationContract(PermissionMatrix matrix) {
        this.matrix = matrix;
    }

    /** Springdoc calls it after dropping the schemas nothing referred to yet: the Problem schema goes in here. */
    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getTags() != null) {
            openApi.getTags().sort(Comparator.comparing(Tag::getName));
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                matrix.rules().stream()
                        .filter(rule -> rule.method().equalsIgnoreCase(method.name()) && rule.path().equals(path))
                        .findFirst()
                        .ifPresent(rule -> describe(operation, path, SAFE.contains(method), rule))));
    }

    private static void describe(Operation operation, String path, boolean safe, PermissionMatrix.Rule rule) {
        var anonymous = rule.access() == Access.PUBLIC;
        operation.setSecurity(security(anonymous, safe));
        var input = operation.getRequestBody() != null || operation.getParameters() != null;
        if (anonymous) {
            operation.addParametersItem(new Parameter().in("header").name("X-Tenant").required(false)
                    .description("The tenant, when the host's subdomain does not name it")
                    .schema(new StringSchema().pattern("^[a-z0-9_]{1,63}$")));
        }
        var reasons = new TreeMap<String, List<String>>();
        if (input) {
            add(reasons, "400", "invalid input (`validation`, naming each field in errors, or `malformed-request`)");
        }
        if (anonymous) {
            add(reasons, "400", "no tenant named (`tenant-missing`), a malformed one (`tenant-invalid`), or host and "
                    + "header naming different tenants (`tenant-conflict`)");
            add(reasons, "404", "no such tenant (`tenant-unknown`)");
        } else {
            add(reasons, "401", "no valid session or API token (`unauthenticated`)");
        }
        if (rule.access() == Access.ROLES && rule.roles().containsAll(EnumSet.allOf(Role.class))) {
            add(reasons, "403", "a session still waiting for its two-factor set-up has no role yet (`access-denied`)");
        } else if (rule.access() == Access.ROLES) {
            add(reasons, "403", "the caller's roles do not allow it (`access-denied`; allowed: "
                    + String.join(", ", rule.roles().stream().map(Enum::name).sorted().toList()) + ")");
        }
        if (!safe) {
            add(reasons, "403", "the CSRF pair is missing or wrong (`csrf`; an API token needs none)");
        }
        if (path.contains("{")) {
            add(reasons, "404", "nothing with this id in the tenant (`not-found`), as for another tenant's ids");
        }
        add(reasons, "503", "the tenant's database does not answer (`tenant-unavailable`); try again later");
        operation.setResponses(withProblems(operation.getResponses(), reasons));
    }

    /** Anonymous reads need nothing, anonymous changes (login) the CSRF pair, the rest a session or a token. */
    private static List<SecurityRequirement> security(boolean anonymous, boolean safe) {
        var csrf = new SecurityRequirement().addList(CSRF_COOKIE).addList(CSRF_HEADER);
        if (anonymous) {
            return safe ? new ArrayList<>() : List.of(csrf);
        }
        var session = safe ? new SecurityRequirement().addList(SESSION)
                : new SecurityRequirement().addList(SESSION).addList(CSRF_COOKIE).addList(CSRF_HEADER);
        return List.of(session, new SecurityRequirement().addList(API_TOKEN));
    }

    /** The declared responses and the common ones, by status; every error response is a Problem. */
    private static ApiResponses withProblems(ApiResponses declared, Map<String, List<String>> reasons) {
        var responses = new TreeMap<String, ApiResponse>(declared);
        reasons.forEach((status, texts) -> {
            var text = String.join("; or ", texts);
            var common = new ApiResponse().description(Character.toUpperCase(text.charAt(0)) + text.substring(1));
            responses.merge(status, common, (own, ignored) -> own.description(own.getDescription() + "; or " + text));
        });
        var sorted = new ApiResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
            sorted.addApiResponse(status, response);
        });
        return sorted;
    }

    private static void add(Map<String, List<String>> reasons, String status, String reason) {
        reasons.computeIfAbsent(status, ignored -> new ArrayList<>()).add(reason);
    }

    /** RFC 9457 problem details, as ApiProblems and the modules' advices write them. */
    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field's path, e.g. lines[0].quantity"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("An RFC 9457 problem; some types add members of their own (insufficient-stock: productId, "
                        + "requested, available; the duplicate types: value)")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable problem type, https://elif.io/problems/<slug>"))
                .addProperty("title", new StringSchema().description("Short summary of the type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("For bad input: each invalid field"))
                .required(List.of("type", "title", "status"));
    }
}
