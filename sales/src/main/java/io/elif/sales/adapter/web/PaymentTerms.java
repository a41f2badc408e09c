package io.elif.sales.adapter.web;

import io.elif.sales.domain.Customer;
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

/** Days a customer is given to pay: 0 (at once) to 365. */
@Min(value = 0, message = "must be at least {value} days")
@Max(value = Customer.TERMS_MAX, message = "must be at most {value} days")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Documented
@interface PaymentTerms {

    String message() default "must be 0 to 365 days";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
