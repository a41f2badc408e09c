package io.elif.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A quantity of a product in its base unit, as every module's API takes it: a whole number from {@link #min()}
 * (1 unless said otherwise) to {@link #MAX}. Signed changes use {@code @Quantity(min = -Quantity.MAX)}.
 */
@Min(value = 1, message = "must be at least {value}")
@Max(value = Quantity.MAX, message = "must be at most {value} base units")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
public @interface Quantity {

    /** A billion base units: more than any warehouse holds of one product, far from any overflow. */
    long MAX = 1_000_000_000L;

    @OverridesAttribute(constraint = Min.class, name = "value")
    long min() default 1;

    String message() default "must be a whole number of base units";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
