package io.elif.bootstrap.fuzz;

import io.elif.bootstrap.fuzz.BadValues.Raw;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The tier asserts a refusal only where the document makes a value invalid. */
class BadValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aNumberIsInvalidOutsideItsTypeFormatOrDeclaredBounds() {
        var int32 = schema("{\"type\": \"integer\", \"format\": \"int32\"}");
        var int64 = schema("{\"type\": \"integer\", \"format\": \"int64\"}");
        var rate = schema("{\"type\": \"number\", \"minimum\": 0, \"maximum\": 100}");

        assertThat(Raw.number("2147483648").invalidFor(int32, true)).isTrue();
        assertThat(Raw.number("2147483648").invalidFor(int64, true)).isFalse();
        assertThat(Raw.number("9223372036854775808").invalidFor(int64, true)).isTrue();
        assertThat(Raw.number("1.5").invalidFor(int64, true)).isTrue();
        assertThat(Raw.number("1e2").invalidFor(int64, true)).as("an integer written with an exponent").isFalse();
        assertThat(Raw.number("1e1000000").invalidFor(rate, true)).isTrue();
        assertThat(Raw.number("-0.01").invalidFor(rate, true)).isTrue();
        assertThat(Raw.number("1e30").invalidFor(schema("{\"type\": \"number\"}"), true)).as("no bound declared").isFalse();
    }

    @Test
    void aTextIsInvalidOutsideItsDeclaredLengthOrPatternAndNullOnlyWhenRequired() {
        var sku = schema("{\"type\": \"string\", \"minLength\": 1, \"pattern\": \"[A-Za-z0-9][A-Za-z0-9._-]{0,39}\"}");
        var name = schema("{\"type\": \"string\", \"maxLength\": 100}");

        assertThat(Raw.text("blank", "\"   \"").invalidFor(sku, true)).isTrue();
        assertThat(Raw.text("blank", "\"   \"").invalidFor(name, true)).isFalse();
        assertThat(Raw.text("long", "\"" + "x".repeat(101) + "\"").invalidFor(name, true)).isTrue();
        assertThat(BadValues.NULL.invalidFor(name, true)).isTrue();
        assertThat(BadValues.NULL.invalidFor(name, false)).isFalse();
    }

    private static JsonNode schema(String json) {
        return JSON.readTree(json);
    }
}
