package io.elif.bootstrap.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * How the API reads JSON bodies: strictly, in this one place. It is the mapper of the HTTP converter only (it
 * writes responses as Boot's does); the application's own mapper, which stores events between modules, stays
 * tolerant.
 * <ul>
 * <li>a key given twice, a field the request does not have, trailing content: refused;</li>
 * <li>no coercion between JSON types: {@code 1} is not {@code true}, {@code 6.5} and {@code "6"} are not whole
 * numbers, {@code 3} is not an enum constant nor text; amounts may still come as decimal strings ("2500.00"),
 * the API's own format for money;</li>
 * <li>dates and times only as ISO text with a four-digit year, never as numbers or arrays;</li>
 * <li>{@code null} for a primitive: refused;</li>
 * <li>every string (values and map keys) obeys {@link InputText} (tab, line feed and carriage return allowed);</li>
 * <li>no decimal beyond {@value #MAX_INTEGER_DIGITS} digits before the point or {@value #MAX_DECIMALS} after, whatever
 * its field's own constraint says, so that an exponent such as {@code 1e1000000} never reaches code;</li>
 * <li>bounded documents: {@value #MAX_DOCUMENT_CHARS} characters, strings of {@value #MAX_STRING_CHARS}, numbers of
 * {@value #MAX_NUMBER_CHARS} characters, {@value #MAX_DEPTH} levels of nesting.</li>
 * </ul>
 * Every refusal carries the field's path and becomes a 400 validation problem in {@link ApiProblems}.
 */
final class StrictJson {

    /** The widest numeric column in ELIF (costs, numeric(19,4)) has 15 digits before the point. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 6;
    static final long MAX_DOCUMENT_CHARS = 1_000_000;
    static final int MAX_STRING_CHARS = 100_000;
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_DEPTH = 32;

    private StrictJson() {
    }

    /** Boot's mapper configuration (the {@code spring.jackson.*} properties and modules), made strict. */
    static JsonMapper apiMapper(JsonFactory applicationFactory, Stream<JsonMapperBuilderCustomizer> customizers) {
        var factory = applicationFactory.rebuild()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
        var builder = JsonMapper.builder(factory);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("elif-strict-input")
                        .addDeserializer(String.class, new CheckedText())
                        .addKeyDeserializer(String.class, new CheckedKey())
                        .addDeserializer(BigDecimal.class, new BoundedDecimal())
                        .setDeserializerModifier(new DatesAsText()))
                .build();
    }

    /** A value the edge refuses, with a reason that may be shown to the client. */
    static final class RefusedValue extends MismatchedInputException {

        private final String reason;

        RefusedValue(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, type);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static String checked(String text, DeserializationContext context) {
        if (text != null && !InputText.isClean(text, true)) {
            throw new RefusedValue(context.getParser(), InputText.REFUSAL, String.class);
        }
        return text;
    }

    private static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return checked(super.deserialize(parser, context), context);
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return checked(key, context);
        }
    }

    private static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            var value = super.deserialize(parser, context);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                    || value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS)) {
                throw new RefusedValue(parser, "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                        + MAX_DECIMALS + " after", BigDecimal.class);
            }
            return value;
        }
    }

    /** java.time values only as ISO text ({@link IsoDates}): an integer would be days or seconds since 1970, an array a guess. */
    private static final class DatesAsText extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().equals("java.time") ? new TextOnly(deserializer) : deserializer;
        }
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (IsoDates.isDated(handledType()) && !IsoDates.hasFourDigitYear(parser.getString())) {
                throw new RefusedValue(parser, IsoDates.REFUSAL, handledType());
            }
            return super.deserialize(parser, context);
        }
    }
}
