package io.elif.bootstrap.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The OpenAPI document shows the bounds of ELIF's composed constraints ({@code @Quantity}, {@code @MoneyAmount}
 * ...): springdoc reads {@code @Min}, {@code @Max} and their kin only where they are written, not one level down.
 */
final class ComposedConstraintDocs implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (type.getCtxAnnotations() == null) {
            return property;
        }
        for (var annotation : type.getCtxAnnotations()) {
            var composed = annotation.annotationType();
            if (!composed.isAnnotationPresent(Constraint.class) || composed.getPackageName().startsWith("jakarta.")) {
                continue;
            }
            if (composed.getAnnotation(Min.class) instanceof Min min) {
                property.setMinimum(BigDecimal.valueOf((long) overridden(annotation, Min.class, min.value())));
            }
            if (composed.getAnnotation(Max.class) instanceof Max max) {
                property.setMaximum(BigDecimal.valueOf((long) overridden(annotation, Max.class, max.value())));
            }
            if (composed.getAnnotation(DecimalMin.class) instanceof DecimalMin min) {
                property.setMinimum(new BigDecimal(min.value()));
            }
            if (composed.getAnnotation(DecimalMax.class) instanceof DecimalMax max) {
                property.setMaximum(new BigDecimal(max.value()));
            }
            if (composed.getAnnotation(Digits.class) instanceof Digits digits && property.getMaximum() == null) {
                property.setExclusiveMaximumValue(BigDecimal.TEN.pow(digits.integer()));
            }
        }
        return property;
    }

    /** The value of the composed annotation's attribute that overrides the constraint's {@code value}, if any. */
    private static Object overridden(Annotation annotation, Class<? extends Annotation> constraint, Object declared) {
        return Arrays.stream(annotation.annotationType().getDeclaredMethods())
                .filter(method -> method.getAnnotation(OverridesAttribute.class) instanceof OverridesAttribute overrides
                        && overrides.constraint() == constraint && overrides.name().equals("value"))
                .findFirst()
                .map(method -> {
                    try {
                        return method.invoke(annotation);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElse(declared);
    }
}
