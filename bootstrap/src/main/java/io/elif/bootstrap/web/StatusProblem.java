package io.elif.bootstrap.web;

import org.springframework.http.HttpStatus;

/**
 * The problem for a response that has nothing but its status: an unknown path, or a request the servlet
 * container refused (malformed, a forbidden path). Shared by {@link ProblemErrorController} and
 * {@link ProblemReportValve}, so both answer the same status alike.
 */
record StatusProblem(HttpStatus status, String type, String title, String detail) {

    static StatusProblem of(int code) {
        var status = HttpStatus.resolve(code);
        if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return new StatusProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                    "The request failed unexpectedly; nothing was changed");
        }
        return switch (status) {
            case BAD_REQUEST -> new StatusProblem(status, "malformed-request", "Malformed request",
                    "The request is not well-formed HTTP, or its path or headers are not allowed");
            case NOT_FOUND -> new StatusProblem(status, "not-found", status.getReasonPhrase(), "Nothing is found at this address");
            default -> new StatusProblem(status, "request-failed", status.getReasonPhrase(), status.getReasonPhrase());
        };
    }
}
