package io.elif.bootstrap.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A decimal of a request (a price, a cost, a rate) is read from a JSON number or from the same number written as
 * a string, as the API writes money ({@link StrictJson}); the document says both, with the string's format.
 * Responses carry money as strings only.
 */
final class DecimalDocs implements PropertyCustomizer {

    static final String DECIMAL_TEXT = "^-?[0-9]{1," + StrictJson.MAX_INTEGER_DIGITS + "}(\\.[0-9]{1,"
            + StrictJson.MAX_DECIMALS + "})?$";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property.getAdditionalProperties() instanceof Schema values) {
            customize(values, type); // prices by level
        }
        if (!isDecimal(property)) {
            return property;
        }
        property.setTypes(new LinkedHashSet<>(List.of("number", "string")));
        property.setType(null);
        property.setPattern(DECIMAL_TEXT);
        property.setDescription(property.getDescription() == null
                ? "A decimal: a JSON number, or the same written as a string (\"2500.00\")"
                : property.getDescription());
        return property;
    }

    /** Springdoc gives BigDecimal the type number without a format; doubles and floats have one. */
    @SuppressWarnings("rawtypes")
    private static boolean isDecimal(Schema property) {
        var number = "number".equals(property.getType())
                || property.getTypes() != null && property.getTypes().size() == 1 && property.getTypes().contains("number");
        return number && property.getFormat() == null;
    }
}
