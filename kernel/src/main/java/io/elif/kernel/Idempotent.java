package io.elif.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that creates a document (a customer, a sale, a purchase order) as accepting an
 * {@code Idempotency-Key} header: the same key and body from the same user replays the first answer instead of
 * creating a second document. The application answers it in one place for every module; a module only marks its
 * operation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
