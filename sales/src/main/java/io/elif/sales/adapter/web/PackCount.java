package io.elif.sales.adapter.web;

import io.elif.sales.domain.SaleLine;
import jakarta.validation.Constraint;
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

/** How many packs (or base units, for a line without pack) a sale's line holds: 1 to 100,000. */
@Min(value = 1, message = "must be at least {value} packs")
@Max(value = SaleLine.MAX_QUANTITY, message = "must be at most {value} packs")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
@interface PackCount {

    String message() default "must be 1 to 100000 packs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
