package io.elif.bootstrap.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;

/** Writes a problem+json response from a servlet filter, where no controller advice reaches. */
public final class ProblemWriter {

    /** When a client told that a tenant's database gave no connection should try again: one is expected within seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", ApiProblems.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        write(response, status.value(), problem);
    }

    /** The tenant's database does not answer (a filter's work failed as {@link DatabaseFailures} tells). */
    public void writeTenantUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        write(response, HttpStatus.SERVICE_UNAVAILABLE, "tenant-unavailable", "Tenant unavailable",
                "The tenant's database does not answer; please try again later");
    }

    /** A problem built by {@link ApiProblems}, e.g. its validation problem, written with its properties at the top. */
    void write(HttpServletResponse response, ProblemDetail detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", detail.getType().toString());
        problem.put("title", detail.getTitle());
        problem.put("status", detail.getStatus());
        problem.put("detail", detail.getDetail());
        if (detail.getProperties() != null) {
            problem.putAll(detail.getProperties());
        }
        write(response, detail.getStatus(), problem);
    }

    private void write(HttpServletResponse response, int status, Object problem) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), problem);
    }
}
