package io.elif.bootstrap.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a refused JSON body tells its sender: the path of the field at fault ({@code lines[0].unitCost},
 * {@code prices[LEVEL_1]}) and why, in our words, never Jackson's (which name Java classes). A body that is not
 * JSON at all has no field at fault; {@link ApiProblems} answers it as a malformed request.
 */
final class JsonRefusals {

    record Refusal(String field, String message) {
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);

    private JsonRefusals() {
    }

    static Optional<Refusal> of(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                var field = pathOf(jackson);
                return field.isEmpty() ? Optional.empty() : Optional.of(new Refusal(field, messageOf(jackson)));
            }
        }
        return Optional.empty();
    }

    private static String messageOf(JacksonException e) {
        return switch (e) {
            case StrictJson.RefusedValue refused -> refused.reason();
            case UnrecognizedPropertyException ignored -> "is not a field of this request";
            case MismatchedInputException mismatch -> expected(mismatch.getTargetType());
            case InputCoercionException ignored -> "is out of range";
            case StreamConstraintsException ignored -> "is too long";
            default -> isDuplicate(e) ? "is given more than once" : "has an invalid value";
        };
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == LocalDate.class) {
            return "must be a date written as text, such as \"2026-01-31\"";
        }
        if (type.getPackageName().equals("java.time")) {
            return "must be written as ISO 8601 text";
        }
        if (type == UUID.class) {
            return "must be an id (UUID)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "has an invalid value";
    }

    /** The field's path as Bean Validation writes it: properties joined by dots, list indexes and map keys in brackets. */
    private static String pathOf(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null && reference.from() instanceof Map) {
                path.append('[').append(reference.getPropertyName()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (path.isEmpty() && (isDuplicate(e) || e instanceof InputCoercionException)
                && e.processor() instanceof JsonParser parser) {
            return pathOf(parser.streamReadContext());
        }
        return path.toString();
    }

    /** Where the parser stood: a duplicate key or a number too large for its type is found before any binding. */
    private static String pathOf(TokenStreamContext context) {
        var segments = new ArrayDeque<String>();
        for (var level = context; level != null; level = level.getParent()) {
            if (level.inObject() && level.currentName() != null) {
                segments.push("." + level.currentName());
            } else if (level.inArray()) {
                segments.push("[" + level.getCurrentIndex() + "]");
            }
        }
        var path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static boolean isDuplicate(JacksonException e) {
        return e.getClass() == StreamReadException.class && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate Object property");
    }
}
