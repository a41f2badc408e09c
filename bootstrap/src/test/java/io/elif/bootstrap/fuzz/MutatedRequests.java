package io.elif.bootstrap.fuzz;

import io.elif.bootstrap.fuzz.BadValues.Raw;
import io.elif.bootstrap.fuzz.Mutation.Body;
import io.elif.bootstrap.fuzz.Mutation.Case;
import io.elif.bootstrap.fuzz.Mutation.ContentType;
import io.elif.bootstrap.fuzz.Mutation.DuplicateKey;
import io.elif.bootstrap.fuzz.Mutation.ExtraProperty;
import io.elif.bootstrap.fuzz.Mutation.FieldMissing;
import io.elif.bootstrap.fuzz.Mutation.FieldValue;
import io.elif.bootstrap.fuzz.Mutation.None;
import io.elif.bootstrap.fuzz.Mutation.PathValue;
import io.elif.bootstrap.fuzz.Mutation.QueryValue;
import io.elif.bootstrap.fuzz.OpenApiDocument.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutations of one operation, derived from its parameters and body schema, and the request each
 * makes: a fresh valid request with exactly one thing changed, so that the change meets the code past
 * the request's outer shape.
 */
final class MutatedRequests {

    /** One request to send: path with query, Content-Type (null: none) and body (null: none). */
    record FuzzRequest(String pathAndQuery, String contentType, byte[] body) {
    }

    private static final String SLOT = "__fuzz_slot__";
    private static final String JSON = "application/json";
    private static final int OVERSIZED_BODY = 5 * 1024 * 1024;
    private static final int DEEP_NESTING = 100_000;

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final OpenApiDocument document;
    private final ValidValues values;

    MutatedRequests(OpenApiDocument document, ValidValues values) {
        this.document = document;
        this.values = values;
    }

    List<Case> of(Operation operation) {
        var cases = new ArrayList<Case>();
        cases.add(new Case(new None(), false));
        for (var parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                BadValues.PATH.forEach(value -> cases.add(new Case(new PathValue(parameter.name(), value), true)));
            } else if (parameter.in().equals("query")) {
                var type = OpenApiDocument.typeOf(parameter.schema(), "string");
                BadValues.query(type, parameter.schema().path("format").asString("")).forEach(value -> cases.add(
                        new Case(new QueryValue(parameter.name(), value), value.invalidFor(queryValueSchema(parameter.schema()), false))));
                var valid = encoded(values.queryParameter(parameter.name(), parameter.schema(), operation.path()));
                cases.add(new Case(new QueryValue(parameter.name(),
                        Raw.either("given twice", valid + "&" + parameter.name() + "=" + valid)), false));
            }
        }
        if (operation.bodySchema() != null) {
            var sample = values.value("body", operation.bodySchema(), operation.path());
            fieldCases(List.of(), operation.bodySchema(), sample, true, cases);
            for (var property : operation.bodySchema().path("properties").properties()) {
                cases.add(new Case(new DuplicateKey(property.getKey(), secondValue(property.getValue(), sample.get(property.getKey()))), true));
            }
            cases.add(new Case(new ExtraProperty("fuzzUnknown", Raw.either("1", "1")),
                    operation.bodySchema().path("additionalProperties").isBoolean()
                            && !operation.bodySchema().get("additionalProperties").asBoolean()));
            bodyCases(cases);
            BadValues.CONTENT_TYPES.forEach(type -> cases.add(new Case(new ContentType(type.json()), type.invalidFor(null, true))));
            cases.add(new Case(new ContentType(null), true));
        } else if (!operation.isRead()) {
            // a body where none is read: ignoring it is as right as refusing it
            cases.add(new Case(new Body("an unexpected body of 5 MiB", oversized("{}")), false));
            cases.add(new Case(new Body("an unexpected malformed body", bytes("{")), false));
        }
        return cases;
    }

    /** An array parameter's values are checked against its items. */
    private JsonNode queryValueSchema(JsonNode schema) {
        return schema.has("items") ? document.resolve(schema.get("items")) : schema;
    }

    FuzzRequest request(Operation operation, Mutation mutation) {
        var path = new StringBuilder();
        var query = new StringBuilder();
        for (var parameter : operation.parameters()) {
            if (parameter.in().equals("query") && mutation instanceof QueryValue(var name, var value) && name.equals(parameter.name())) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value.json());
            } else if (parameter.in().equals("query") && parameter.required()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                        .append(encoded(values.queryParameter(parameter.name(), parameter.schema(), operation.path())));
            }
        }
        // a variable is a whole segment ({id}) or part of one (sales.{format})
        path.append(PATH_VARIABLE.matcher(operation.path()).replaceAll(variable -> Matcher.quoteReplacement(
                mutation instanceof PathValue(var parameter, var value) && parameter.equals(variable.group(1))
                        ? value.json() : values.pathParameter(pathParameter(operation, variable.group(1)), operation.path()))));
        var target = path.append(query).toString();
        if (mutation instanceof Body(var label, var bytes)) {
            return new FuzzRequest(target, JSON, bytes);
        }
        if (operation.bodySchema() == null) {
            return new FuzzRequest(target, null, null);
        }
        var body = (ObjectNode) values.value("body", operation.bodySchema(), operation.path());
        var contentType = mutation instanceof ContentType(var type) ? type : JSON;
        return new FuzzRequest(target, contentType, bytes(mutatedBody(body, mutation)));
    }

    private static OpenApiDocument.Parameter pathParameter(Operation operation, String name) {
        return operation.parameters().stream().filter(parameter -> parameter.in().equals("path") && parameter.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException(operation.path() + " declares no path parameter " + name));
    }

    private static String mutatedBody(ObjectNode body, Mutation mutation) {
        return switch (mutation) {
            case FieldValue(var field, var value) -> withSlot(body, field, value.json());
            case FieldMissing(var field) -> {
                var parent = parentOf(body, field);
                ((ObjectNode) parent).remove((String) field.getLast());
                yield body.toString();
            }
            case DuplicateKey(var property, var second) -> {
                var first = body.get(property).toString();
                yield withSlot(body, List.of(property), first + ", \"" + property + "\": " + second.json());
            }
            case ExtraProperty(var name, var value) -> {
                body.put(name, SLOT);
                yield body.toString().replace("\"" + SLOT + "\"", value.json());
            }
            default -> body.toString();
        };
    }

    /** The body's text with the field's value replaced by raw JSON. */
    private static String withSlot(ObjectNode body, List<Object> field, String raw) {
        var parent = parentOf(body, field);
        var last = field.getLast();
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, SLOT);
        } else {
            ((ObjectNode) parent).put((String) last, SLOT);
        }
        return body.toString().replace("\"" + SLOT + "\"", raw);
    }

    private static JsonNode parentOf(JsonNode body, List<Object> field) {
        var node = body;
        for (var part : field.subList(0, field.size() - 1)) {
            node = part instanceof Integer index ? node.get(index) : node.get((String) part);
        }
        return node;
    }

    /** Bad values for every field the valid body has, at every depth, and each required field missing. */
    private void fieldCases(List<Object> field, JsonNode schemaOrReference, JsonNode value, boolean required, List<Case> cases) {
        var schema = document.resolve(schemaOrReference);
        var type = OpenApiDocument.typeOf(schema, "object");
        if (!field.isEmpty()) {
            badValuesOf(schema, type, value).forEach(bad ->
                    cases.add(new Case(new FieldValue(field, bad), bad.invalidFor(schema, required))));
        }
        if (type.equals("object")) {
            var requiredNames = new ArrayList<String>();
            schema.path("required").forEach(name -> requiredNames.add(name.asString()));
            for (var property : schema.path("properties").properties()) {
                var child = append(field, property.getKey());
                var isRequired = requiredNames.contains(property.getKey());
                if (isRequired) {
                    cases.add(new Case(new FieldMissing(child), true));
                }
                fieldCases(child, property.getValue(), value.get(property.getKey()), isRequired, cases);
            }
            if (schema.has("additionalProperties") && schema.path("properties").isEmpty() && !value.isEmpty()) {
                var key = value.propertyNames().iterator().next();
                fieldCases(append(field, key), schema.get("additionalProperties"), value.get(key), true, cases);
            }
        } else if (type.equals("array") && !value.isEmpty()) {
            fieldCases(append(field, 0), schema.get("items"), value.get(0), true, cases);
        }
    }

    private static List<Raw> badValuesOf(JsonNode schema, String type, JsonNode value) {
        return switch (type) {
            case "integer" -> BadValues.INTEGER;
            case "number" -> BadValues.NUMBER;
            case "boolean" -> BadValues.BOOLEAN;
            case "array" -> {
                var values = new ArrayList<>(BadValues.ARRAY);
                if (!value.isEmpty()) {
                    values.add(BadValues.hugeArray(value.get(0).toString()));
                }
                yield values;
            }
            case "object" -> {
                var values = new ArrayList<>(BadValues.OBJECT);
                if (schema.has("additionalProperties") && !value.isEmpty()) {
                    values.addAll(BadValues.mapKeys(value.get(value.propertyNames().iterator().next()).toString()));
                }
                yield values;
            }
            default -> schema.has("enum") ? BadValues.ENUM
                    : switch (schema.path("format").asString("")) {
                        case "uuid" -> BadValues.UUID_VALUE;
                        case "date", "date-time" -> BadValues.DATE;
                        default -> BadValues.STRING;
                    };
        };
    }

    /** Whole bodies that are not the object the operation reads; a byte order mark and a body's size are not declared. */
    private static void bodyCases(List<Case> cases) {
        cases.add(new Case(new Body("an empty body", new byte[0]), true));
        cases.add(new Case(new Body("body null", bytes("null")), true));
        cases.add(new Case(new Body("body []", bytes("[]")), true));
        cases.add(new Case(new Body("body \"text\"", bytes("\"text\"")), true));
        cases.add(new Case(new Body("body 1e1000000", bytes("1e1000000")), true));
        cases.add(new Case(new Body("body {", bytes("{")), true));
        cases.add(new Case(new Body("body {} trailing garbage", bytes("{} x")), true));
        cases.add(new Case(new Body("body nested " + DEEP_NESTING + " deep", bytes("[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING))), true));
        cases.add(new Case(new Body("body with invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), true));
        cases.add(new Case(new Body("body with a byte order mark", bytes("\uFEFF{}")), false));
        cases.add(new Case(new Body("body of 5 MiB", oversized("{\"padding\": \"\"}")), false));
    }

    /** A valid JSON text of the given shape, padded with whitespace to 5 MiB. */
    private static byte[] oversized(String json) {
        var out = new ByteArrayOutputStream(OVERSIZED_BODY + json.length());
        out.writeBytes(bytes(json.substring(0, 1)));
        out.writeBytes(bytes(" ".repeat(OVERSIZED_BODY)));
        out.writeBytes(bytes(json.substring(1)));
        return out.toByteArray();
    }

    /** For a duplicate key: another value of the enum where there is one (the first), the same value otherwise. */
    private Raw secondValue(JsonNode schemaOrReference, JsonNode first) {
        var schema = document.resolve(schemaOrReference);
        var items = schema.has("items") ? document.resolve(schema.get("items")) : null;
        if (schema.has("enum")) {
            return Raw.invalid("\"" + schema.get("enum").get(0).asString() + "\"");
        }
        if (items != null && items.has("enum")) {
            return Raw.invalid("[\"" + items.get("enum").get(0).asString() + "\"]");
        }
        return Raw.invalid("the same value", first.toString());
    }

    private static List<Object> append(List<Object> field, Object part) {
        var longer = new ArrayList<>(field);
        longer.add(part);
        return List.copyOf(longer);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
