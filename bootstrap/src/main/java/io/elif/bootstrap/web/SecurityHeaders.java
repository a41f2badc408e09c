package io.elif.bootstrap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import java.util.List;

/**
 * The security headers of every response, in one list: Spring Security's header filter writes them on
 * whatever the application answers, and the container's error report ({@link ProblemReportValve}) on
 * requests refused before they reach the application.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final List<HeaderWriter> WRITERS = List.of(
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER),
            // no-store, unless the response sets its own (the SPAs' hashed assets)
            new CacheControlHeadersWriter(),
            // over HTTPS only
            new HstsHeaderWriter(),
            // "0": the browsers' XSS auditor is off, as OWASP advises
            new XXssProtectionHeaderWriter());

    private SecurityHeaders() {
    }

    public static List<HeaderWriter> writers() {
        return WRITERS;
    }

    static void write(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
