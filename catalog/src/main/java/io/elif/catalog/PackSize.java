package io.elif.catalog;

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

/** How many base units one pack (or one opened source unit) holds: {@link #MIN} to {@link #MAX}. */
@Min(value = PackSize.MIN, message = "must be at least {value}")
@Max(value = PackSize.MAX, message = "must be at most {value}")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
public @interface PackSize {

    int MIN = 2;
    /** A pallet of cans is a few thousand; ten thousand leaves room and keeps packs x units far from overflow. */
    int MAX = 10_000;

    String message() default "must be a whole number of base units per pack";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
