package io.elif.inventory.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.inventory.DuplicateCodeException;
import io.elif.inventory.InsufficientStockException;
import io.elif.inventory.InvalidStockRequestException;
import io.elif.inventory.ReservationConflictException;
import io.elif.inventory.StockStateException;
import io.elif.inventory.UnknownStockDocumentException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Inventory's refusals as RFC 9457 problems, ahead of the application's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryProblems {

    private final Catalog catalog;

    InventoryProblems(Catalog catalog) {
        this.catalog = catalog;
    }

    @ExceptionHandler
    ProblemDetail insufficientStock(InsufficientStockException e) {
        var label = catalog.findProduct(e.productId());
        var product = label.map(known -> known.name() + " (" + known.sku() + ")").orElse("product " + e.productId());
        var problem = problem(HttpStatus.CONFLICT, "insufficient-stock", "Not enough stock",
                "Only " + e.available() + " of " + product + " available, " + e.requested() + " requested");
        problem.setProperty("productId", e.productId());
        label.ifPresent(known -> {
            problem.setProperty("sku", known.sku());
            problem.setProperty("name", known.name());
        });
        problem.setProperty("requested", e.requested());
        problem.setProperty("available", e.available());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail reservationConflict(ReservationConflictException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "reference-reused", "Reference reused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail duplicateCode(DuplicateCodeException e) {
        return problem(HttpStatus.CONFLICT, "duplicate-code", "Code taken", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownDocument(UnknownStockDocumentException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail stateConflict(StockStateException e) {
        return problem(HttpStatus.CONFLICT, "stock-state", "Not possible now", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidStockRequestException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input", e.field() + " " + e.getMessage());
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
