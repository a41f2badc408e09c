package io.elif.bootstrap.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A valid value for a schema of the document: required and optional properties, enums, formats and
 * bounds, ids of seeded records, and fresh names, codes and barcodes on every call (so an accepted
 * request never makes the next one a duplicate). The schema cannot say what a domain rule wants of a
 * name, so a few property names get a value of their own shape here.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiDocument document;
    private final FuzzSeeds seeds;
    private final Supplier<String> barcodes;
    private final AtomicLong counter = new AtomicLong();

    ValidValues(OpenApiDocument document, FuzzSeeds seeds, Supplier<String> barcodes) {
        this.document = document;
        this.seeds = seeds;
        this.barcodes = barcodes;
    }

    /** A valid value of a path parameter: the first of its values when it lists them, else the seeded record's id. */
    String pathParameter(OpenApiDocument.Parameter parameter, String path) {
        var values = document.resolve(parameter.schema()).path("enum");
        return values.isEmpty() ? seeds.idFor(parameter.name(), path) : values.get(0).asString();
    }

    /** A valid value of a query parameter, as text. */
    String queryParameter(String name, JsonNode schema, String path) {
        var value = value(name, schema, path);
        return value.isArray() ? value.get(0).asString() : value.isString() ? value.asString() : value.toString();
    }

    /** A valid value for the property (or body, or parameter) of this name. */
    JsonNode value(String name, JsonNode schema, String path) {
        var resolved = document.resolve(schema);
        var type = OpenApiDocument.typeOf(resolved, "object");
        return switch (type) {
            case "object" -> object(resolved, path);
            case "array" -> NODES.arrayNode().add(value(name, resolved.path("items"), path));
            case "integer" -> NODES.numberNode(Math.max(resolved.path("minimum").asLong(2), 2));
            case "number" -> NODES.numberNode(number(resolved));
            case "boolean" -> NODES.booleanNode(name.equals("active") || name.equals("sellable"));
            default -> NODES.stringNode(string(name, resolved, path));
        };
    }

    private JsonNode object(JsonNode schema, String path) {
        var object = NODES.objectNode();
        for (var property : schema.path("properties").properties()) {
            object.set(property.getKey(), value(property.getKey(), property.getValue(), path));
        }
        if (schema.has("additionalProperties") && schema.path("properties").isEmpty()) {
            // the one map of the API: prices per price level
            object.set("LEVEL_1", value("LEVEL_1", schema.get("additionalProperties"), path));
        }
        return object;
    }

    private static BigDecimal number(JsonNode schema) {
        var value = new BigDecimal("2.50");
        if (schema.has("maximum")) {
            value = value.min(schema.get("maximum").decimalValue());
        }
        if (schema.has("minimum")) {
            value = value.max(schema.get("minimum").decimalValue());
        }
        return value;
    }

    private String string(String name, JsonNode schema, String path) {
        if (schema.has("enum")) {
            // the last: of today's enums, the one no other field's value must agree with (CORRECTION goes either way)
            return schema.get("enum").get(schema.get("enum").size() - 1).asString();
        }
        var format = schema.path("format").asString("");
        if (format.equals("uuid")) {
            return seeds.idFor(name, path);
        }
        if (format.equals("date")) {
            return LocalDate.now().plusDays(30).toString();
        }
        if (format.equals("date-time")) {
            return LocalDate.now().plusDays(30) + "T00:00:00Z";
        }
        var n = counter.incrementAndGet();
        var text = switch (name) {
            case "sku", "code", "reference" -> "FZ" + n;
            case "lot" -> "L" + n;
            case "currency" -> "EUR";
            case "username", "login" -> "fuzz_" + n;
            case "email" -> "fuzz" + n + "@fuzz.example";
            case "password", "newPassword", "currentPassword" -> "Fuzz-password-" + n;
            case "barcode", "barcodes" -> barcodes.get();
            case "totpCode" -> "123456";
            default -> "Fuzz " + n;
        };
        var maximum = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > maximum ? text.substring(text.length() - maximum) : text;
    }
}
