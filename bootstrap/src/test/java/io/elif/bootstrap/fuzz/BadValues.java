package io.elif.bootstrap.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The hostile values, as raw JSON text (so that exponents, escapes and duplicates reach the server as
 * written), per kind of schema, and the bad path and query values, already percent-encoded. Each knows
 * whether the schema it is sent against makes it invalid: then the request must be refused. Where the
 * document cannot say (a range it does not declare, an id that may exist), either answer is accepted.
 */
final class BadValues {

    /** Whether a value is invalid for a schema, given whether its property is required. */
    interface Verdict {
        boolean invalid(JsonNode schema, boolean required);
    }

    /** A raw JSON value (or a percent-encoded parameter value), how the report names it, and its verdict. */
    record Raw(String label, String json, Verdict verdict) {

        static Raw invalid(String json) {
            return invalid(json, json);
        }

        static Raw invalid(String label, String json) {
            return new Raw(label, json, (schema, required) -> true);
        }

        /** Valid or not depending on what the document cannot say (a domain rule, an id that may exist). */
        static Raw either(String label, String json) {
            return new Raw(label, json, (schema, required) -> false);
        }

        static Raw number(String json) {
            return number(json, json);
        }

        static Raw number(String label, String json) {
            return new Raw(label, json, numberVerdict(new BigDecimal(json)));
        }

        static Raw text(String label, String json) {
            return new Raw(label, json, textVerdict(JSON.readTree(json).asString()));
        }

        boolean invalidFor(JsonNode schema, boolean required) {
            return verdict.invalid(schema, required);
        }
    }

    static final int LONG_STRING = 100_000;
    static final int HUGE_ARRAY = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    static final Raw NULL = new Raw("null", "null", (schema, required) -> required);
    private static final List<Raw> WRONG_SHAPES = List.of(Raw.invalid("{}"), Raw.invalid("[]"), NULL);

    static final List<Raw> INTEGER = concat(List.of(Raw.number("0"), Raw.number("-1"), Raw.number("2^31", "2147483648"),
            Raw.number("2^63", "9223372036854775808"), Raw.number("-2^63", "-9223372036854775808"),
            Raw.number("-2^63-1", "-9223372036854775809"), Raw.number("1e30"), Raw.number("1e1000000"),
            Raw.number("-1e1000000"), Raw.number("1.5"), Raw.number("1e2"), Raw.number("1E-2"),
            Raw.invalid("\"NaN\""), Raw.invalid("\"12\""), Raw.invalid("true")), WRONG_SHAPES);

    static final List<Raw> NUMBER = concat(List.of(Raw.number("0"), Raw.number("-1"), Raw.number("-0.01"), Raw.number("1e30"),
            Raw.number("-1e30"), Raw.number("1e1000000"), Raw.number("-1e1000000"), Raw.number("1e-1000000"),
            Raw.number("0.000000001"), Raw.number("30 digits", "123456789012345678901234567890.12"), Raw.number("2.123456789"),
            Raw.invalid("\"NaN\""), Raw.invalid("\"Infinity\""), Raw.invalid("true"),
            // decimals may come as decimal strings, the API's own format for money (decisions 8 and 43)
            Raw.either("a decimal string", "\"1.5\"")), WRONG_SHAPES);

    /** NUL and lone surrogates are refused in any text (they cannot be stored or hashed); the rest as the schema says. */
    static final List<Raw> STRING = concat(List.of(Raw.text("\"\"", "\"\""), Raw.text("\"   \"", "\"   \""),
            Raw.invalid("\"a\\u0000b\""), Raw.text("\"\\u0001\\u0008\\u001b\\u007f\"", "\"\\u0001\\u0008\\u001b\\u007f\""),
            Raw.invalid("\"\\ud800\""), Raw.invalid("\"x\\udc00\""),
            Raw.text("\"\\u202e\\ufeff\\uffff\"", "\"\\u202e\\ufeff\\uffff\""),
            Raw.text("a " + LONG_STRING + "-character string", "\"" + "x".repeat(LONG_STRING) + "\""),
            Raw.invalid("123"), Raw.invalid("1e1000000"), Raw.invalid("true")), WRONG_SHAPES);

    static final List<Raw> ENUM = concat(List.of(Raw.invalid("\"NOT_A_VALUE\""), Raw.invalid("\"\""), Raw.invalid("0"),
            Raw.invalid("1"), Raw.invalid("\"\\u0000\""), Raw.invalid("true")), WRONG_SHAPES);

    // an empty id ("", and "\u0000", which Jackson trims to "") is read as none: the SPAs' empty selects send it
    static final List<Raw> UUID_VALUE = concat(List.of(Raw.invalid("\"not-a-uuid\""), Raw.either("an empty id", "\"\""),
            Raw.either("an id of NUL", "\"\\u0000\""), Raw.invalid("123"), Raw.either("an unknown id", "\"" + UUID.randomUUID() + "\""),
            Raw.either("the nil UUID", "\"00000000-0000-0000-0000-000000000000\""),
            Raw.invalid("an id followed by NUL", "\"" + UUID.randomUUID() + "\\u0000\"")), WRONG_SHAPES);

    static final List<Raw> DATE = concat(List.of(Raw.invalid("20000"), Raw.invalid("\"2026-02-30\""),
            Raw.invalid("\"+999999999-12-31\""), Raw.invalid("\"-999999999-01-01\""), Raw.invalid("\"0000-00-00\""),
            Raw.invalid("\"2026-1-1\""), Raw.invalid("\"2026-01-01T00:00:00Z\""), Raw.invalid("\"\\u0000\""),
            Raw.invalid("1e1000000"), Raw.invalid("\"\"")), WRONG_SHAPES);

    static final List<Raw> BOOLEAN = concat(List.of(Raw.invalid("1"), Raw.invalid("0"), Raw.invalid("\"true\""),
            Raw.invalid("\"yes\"")), WRONG_SHAPES);

    static final List<Raw> ARRAY = List.of(Raw.invalid("{}"), Raw.invalid("\"x\""), Raw.invalid("1"), NULL,
            new Raw("[]", "[]", (schema, required) -> schema.path("minItems").asInt(0) > 0), Raw.invalid("[null]"));

    /** A huge array of the valid first item. */
    static Raw hugeArray(String item) {
        return new Raw(HUGE_ARRAY + " items", "[" + (item + ",").repeat(HUGE_ARRAY - 1) + item + "]",
                (schema, required) -> schema.path("maxItems").asInt(Integer.MAX_VALUE) < HUGE_ARRAY);
    }

    static final List<Raw> OBJECT = List.of(Raw.invalid("[]"), Raw.invalid("\"x\""), Raw.invalid("1"), NULL,
            new Raw("{}", "{}", (schema, required) -> !schema.path("required").isEmpty()));

    /** Keys of a map (prices per level): a value that is no key, NUL and a lone surrogate; the document names no keys. */
    static List<Raw> mapKeys(String value) {
        return Stream.of("NOT_A_KEY", "\\u0000", "\\ud800", "")
                .map(key -> Raw.either("{\"" + key + "\": " + value + "}", "{\"" + key + "\": " + value + "}")).toList();
    }

    /** Bad values of a path parameter, percent-encoded: none names a record, so each must be refused. */
    static final List<Raw> PATH = List.of(Raw.invalid("not-a-uuid"), Raw.invalid("NUL", "%00"),
            Raw.invalid("a control character", "a%01b"), Raw.invalid("20 digits", "99999999999999999999"), Raw.invalid("-1"),
            Raw.invalid("1e1000000"), Raw.invalid("an unknown id", UUID.randomUUID().toString()),
            Raw.invalid("a lone surrogate (CESU-8)", "%ED%A0%80"), Raw.invalid("invalid UTF-8", "%FF%FE"),
            Raw.invalid("a 2000-character segment", "x".repeat(2_000)));

    /** Bad values of a query parameter by the parameter's type, percent-encoded. */
    static List<Raw> query(String type, String format) {
        var common = List.of(Raw.invalid("NUL", "%00"), Raw.either("empty", ""), Raw.invalid("invalid UTF-8", "%FF%FE"),
                Raw.invalid("a lone surrogate (CESU-8)", "%ED%A0%80"));
        return concat(switch (type) {
            case "integer" -> List.of(Raw.number("-1"), Raw.number("0"), Raw.number("2^31", "2147483648"),
                    Raw.number("2^63", "9223372036854775808"), Raw.number("1e30"), Raw.number("1.5"), Raw.invalid("abc"));
            case "boolean" -> List.of(Raw.invalid("maybe"), Raw.invalid("2"));
            case "array" -> List.of(Raw.invalid("not-a-uuid"), Raw.either("150 ids", String.join(",",
                    Stream.generate(() -> UUID.randomUUID().toString()).limit(150).toList())));
            default -> switch (format) {
                case "uuid" -> List.of(Raw.invalid("not-a-uuid"), Raw.either("an unknown id", UUID.randomUUID().toString()));
                case "date" -> List.of(Raw.invalid("2026-02-30"), Raw.invalid("+999999999-12-31"), Raw.invalid("20000"));
                default -> List.of(Raw.either("NOT_A_VALUE", "NOT_A_VALUE"), Raw.either("a control character", "a%01b"),
                        Raw.either("a 2000-character value", "x".repeat(2_000)));
            };
        }, common);
    }

    /** Content types that are not JSON (refused), and JSON with a charset, which JSON (always UTF-8) may ignore. */
    static final List<Raw> CONTENT_TYPES = List.of(Raw.invalid("text/plain"), Raw.invalid("application/xml"),
            Raw.invalid("application/x-www-form-urlencoded"), Raw.invalid("multipart/form-data; boundary=fuzz"),
            Raw.either("application/json; charset=UTF-16", "application/json; charset=UTF-16"),
            Raw.either("application/json; charset=bogus", "application/json; charset=bogus"));

    private BadValues() {
    }

    /** Outside the type (an integer with a fraction), its format's range (int32, int64) or the declared bounds. */
    private static Verdict numberVerdict(BigDecimal value) {
        return (schema, required) -> {
            var integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
            if (OpenApiDocument.typeOf(schema, "").equals("integer")) {
                var int32 = schema.path("format").asString("").equals("int32");
                if (!integral || value.compareTo(int32 ? INT_MIN : LONG_MIN) < 0 || value.compareTo(int32 ? INT_MAX : LONG_MAX) > 0) {
                    return true;
                }
            }
            return schema.has("minimum") && value.compareTo(schema.get("minimum").decimalValue()) < 0
                    || schema.has("maximum") && value.compareTo(schema.get("maximum").decimalValue()) > 0;
        };
    }

    /** Shorter or longer than declared, or not matching the declared pattern (whole, as Bean Validation matches). */
    private static Verdict textVerdict(String text) {
        var length = text.codePointCount(0, text.length());
        return (schema, required) -> schema.has("enum")
                || length < schema.path("minLength").asInt(0)
                || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)
                || schema.has("pattern") && !text.matches(schema.get("pattern").asString());
    }

    private static List<Raw> concat(List<Raw> first, List<Raw> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
