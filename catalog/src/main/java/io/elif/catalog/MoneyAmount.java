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
 * An amount of money as ELIF stores prices, deposits and credit limits, {@code numeric(15,2)}: never negative, at most 13 digits
 * before the decimal point and 2 after, never rounded.
 */
@DecimalMin(value = "0.00", message = "must not be negative")
@Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before the decimal point and 2 after")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
public @interface MoneyAmount {

    String message() default "must be an amount with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
