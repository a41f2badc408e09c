package io.elif.bootstrap.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report as problem+json with the application's security headers, in place of its HTML
 * page. It answers what the container refuses before the application sees it (a malformed request line,
 * oversized headers, an encoded slash or a NUL in the path, CONNECT); errors the application answers
 * itself already have their body and pass untouched.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var problem = StatusProblem.of(response.getStatus());
        try {
            SecurityHeaders.write(request, response);
            problems.write(response, problem.status(), problem.type(), problem.title(), problem.detail());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response takes no body any more: there is no one left to tell
        }
    }
}
