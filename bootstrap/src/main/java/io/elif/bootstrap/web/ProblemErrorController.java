package io.elif.bootstrap.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Errors that never reached a controller (unknown paths, failures in filters, the container's own)
 * answered in the same problem+json shape, with nothing of the failure's internals.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // a client asking for the error path itself is asking for an address where nothing is
        var code = request.getDispatcherType() != DispatcherType.ERROR ? HttpStatus.NOT_FOUND.value()
                : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer value ? value
                : HttpStatus.INTERNAL_SERVER_ERROR.value();
        var status = StatusProblem.of(code);
        var problem = ApiProblems.problem(status.status(), status.type(), status.title(), status.detail());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
