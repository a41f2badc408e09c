package io.elif.catalog.adapter.web;

import io.elif.catalog.CatalogEntryNotFoundException;
import io.elif.catalog.DuplicateEntryException;
import io.elif.catalog.InvalidCatalogInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The catalog's failures as RFC 9457 problems; ahead of the application's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateEntryException e) {
        var problem = problem(HttpStatus.CONFLICT, switch (e.kind()) {
            case SKU -> "duplicate-sku";
            case BARCODE -> "duplicate-barcode";
            case CATEGORY_NAME -> "duplicate-category";
            case TAX_CLASS_NAME -> "duplicate-tax-class";
            case CONTAINER_CODE -> "duplicate-container-code";
        }, "Already taken", e.getMessage());
        problem.setProperty("value", e.value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(CatalogEntryNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCatalogInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input", "The request has 1 invalid field(s)");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://elif.io/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
