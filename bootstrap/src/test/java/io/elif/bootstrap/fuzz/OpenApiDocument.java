package io.elif.bootstrap.fuzz;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The operations of the application's OpenAPI document, with their parameters and request body schema. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode document;

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

        String name() {
            return method + " " + path;
        }

        boolean isRead() {
            return method.equals("GET");
        }
    }

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        var paths = document.path("paths");
        for (var path : paths.propertyNames()) {
            for (var method : METHODS) {
                var operation = paths.get(path).get(method);
                if (operation != null) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, parameters(operation), bodySchema(operation)));
                }
            }
        }
        return operations;
    }

    /** A schema's type; of a type list (a decimal: number or string), the first. */
    static String typeOf(JsonNode schema, String fallback) {
        var type = schema.path("type");
        return type.isArray() && !type.isEmpty() ? type.get(0).asString() : type.asString(fallback);
    }

    /** The schema itself, or the component it refers to. */
    JsonNode resolve(JsonNode schema) {
        var resolved = schema;
        while (resolved != null && resolved.has("$ref")) {
            var reference = resolved.get("$ref").asString();
            if (!reference.startsWith(SCHEMAS)) {
                throw new IllegalStateException("a reference outside the document's schemas: " + reference);
            }
            resolved = document.path("components").path("schemas").get(reference.substring(SCHEMAS.length()));
        }
        return resolved;
    }

    private List<Parameter> parameters(JsonNode operation) {
        var parameters = new ArrayList<Parameter>();
        for (var parameter : operation.path("parameters")) {
            parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                    resolve(parameter.path("schema")), parameter.path("required").asBoolean(false)));
        }
        return parameters;
    }

    private JsonNode bodySchema(JsonNode operation) {
        var content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        var json = content.has("application/json") ? content.get("application/json") : content.values().iterator().next();
        return resolve(json.path("schema"));
    }
}
