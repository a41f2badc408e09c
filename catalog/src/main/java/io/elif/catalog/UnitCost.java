package io.elif.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

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
 * A purchase cost per base unit as inventory keeps costs, {@code numeric(19,4)}: never negative, at most 15 digits
 * before the decimal point and 4 after.
 */
@DecimalMin(value = "0", message = "must not be negative")
@Digits(integer = 15, fraction = 4, message = "must have at most 15 digits before the decimal point and 4 after")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
public @interface UnitCost {

    String message() default "must be a cost with at most 4 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
