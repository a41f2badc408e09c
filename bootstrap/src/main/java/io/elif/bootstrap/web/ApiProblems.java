package io.elif.bootstrap.web;

import io.elif.bootstrap.tenancy.NoTenantException;
import io.elif.bootstrap.tenancy.TenantUnavailableException;
import io.elif.kernel.Refusal;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every error as RFC 9457 problem+json: a stable type, a human detail, field paths for bad input,
 * and never an exception's internals. Modules throw {@link Refusal}s and write no handler of their own.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPE_BASE = "https://elif.io/problems/";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), messageOf(error)))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var refusal = JsonRefusals.of(e);
        if (refusal.isPresent()) {
            return validationProblem(List.of(fieldError(refusal.get().field(), refusal.get().message())));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is not valid JSON of the expected shape"));
    }

    @ExceptionHandler
    ResponseEntity<Object> refusedInput(RefusedInput e) {
        return validationProblem(List.of(fieldError(e.field(), e.getMessage())));
    }

    /**
     * A module's refusal, whatever the module: its kind decides the status, its type and parameters are the
     * problem's, and a field it names is listed as bad input is.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        var status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
        };
        var problem = problem(status, refusal.type(), refusal.title(), refusal.getMessage());
        refusal.parameters().forEach(problem::setProperty);
        refusal.field().ifPresent(field -> problem.setProperty("errors", List.of(fieldError(field, refusal.getMessage()))));
        var response = ResponseEntity.status(status);
        refusal.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                String.valueOf(Math.max(1, wait.toSeconds()))));
        return response.body(problem);
    }

    /** Tomcat could not decode a query parameter (not UTF-8, or a lone surrogate): no field to name reliably. */
    @ExceptionHandler
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "A parameter of the request is not valid UTF-8");
    }

    @ExceptionHandler
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(fieldError(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler
    ProblemDetail statusException(ResponseStatusException e) {
        var status = HttpStatus.valueOf(e.getStatusCode().value());
        return problem(status, status == HttpStatus.NOT_FOUND ? "not-found" : "request-failed", status.getReasonPhrase(),
                e.getReason());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tenantUnavailable(TenantUnavailableException e) {
        return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "tenant-unavailable", "Tenant unavailable", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail noTenant(NoTenantException e) {
        return problem(HttpStatus.BAD_REQUEST, "tenant-missing", "Missing tenant", "This request names no tenant");
    }

    /** No connection within elif.pool.connection-timeout (a lost database, or every connection taken) is 503. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseFailures.lostTheDatabase(e)) {
            log.warn("tenant database unreachable: {}", e.getMessage());
            return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "tenant-unavailable", "Tenant unavailable",
                    "The tenant's database does not answer; please try again later"));
        }
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error", "The request failed unexpectedly; nothing was changed"));
    }

    /** A 503 says when to come back: a connection or the tenant's database is expected within seconds. */
    private static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, ProblemWriter.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** Problems of the base class (404, 405, 415...) keep their status but get our type and no internals. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().toString().equals("about:blank"))) {
            problem.setType(URI.create(TYPE_BASE + (statusCode.value() == 404 ? "not-found" : "request-failed")));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** The one shape of bad input: 400, type "validation", and each field at fault with its message. */
    static ProblemDetail invalid(List<Map<String, String>> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "The request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail invalid(String field, String message) {
        return invalid(List.of(fieldError(field, message)));
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "is invalid" : message);
    }

    private static String messageOf(FieldError error) {
        return error.isBindingFailure() ? "has an invalid value" : error.getDefaultMessage();
    }
}
