package io.elif.identity.adapter.web;

import io.elif.identity.domain.IdentityRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Identity's refusals as RFC 9457 problems; a refused field is named as in a validation problem. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(IdentityRefusal refusal) {
        var status = switch (refusal.reason()) {
            case INVALID_CREDENTIALS, TOTP_REQUIRED -> HttpStatus.UNAUTHORIZED;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
            case DUPLICATE_USER, LAST_ADMIN, OWN_ROLES, OWN_ACCOUNT -> HttpStatus.CONFLICT;
            case USER_NOT_FOUND, TOKEN_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOTP_INVALID, WRONG_PASSWORD, WEAK_PASSWORD, INVALID_USER -> HttpStatus.BAD_REQUEST;
        };
        var type = switch (refusal.reason()) {
            case INVALID_CREDENTIALS -> "invalid-credentials";
            case TOTP_REQUIRED -> "totp-required";
            case TOTP_INVALID -> "totp-invalid";
            case THROTTLED -> "too-many-attempts";
            case DUPLICATE_USER -> "duplicate-user";
            case LAST_ADMIN -> "last-admin";
            case OWN_ROLES -> "own-roles";
            case OWN_ACCOUNT -> "own-account";
            case WRONG_PASSWORD -> "wrong-password";
            case WEAK_PASSWORD, INVALID_USER -> "validation";
            case USER_NOT_FOUND, TOKEN_NOT_FOUND -> "not-found";
        };
        var problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(URI.create("https://elif.io/problems/" + type));
        problem.setTitle(status.getReasonPhrase());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", refusal.getMessage())));
        }
        var response = ResponseEntity.status(status);
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refusal.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }
}
