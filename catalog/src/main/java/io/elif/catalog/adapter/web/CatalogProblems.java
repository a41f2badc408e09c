package io.elif.catalog.adapter.web;

import io.elif.catalog.DuplicateSkuException;
import io.elif.catalog.ProductNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** The catalog's failures as RFC 9457 problems; ahead of the application's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler
    ProblemDetail duplicateSku(DuplicateSkuException e) {
        return problem(HttpStatus.CONFLICT, "duplicate-sku", "Duplicate SKU", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(ProductNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://elif.io/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
