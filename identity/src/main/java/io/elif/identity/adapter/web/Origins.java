package io.elif.identity.adapter.web;

import io.elif.identity.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

/** The audit trail's view of a request: client address and trace id (set by the application's trace filter). */
final class Origins {

    private Origins() {
    }

    static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getRemoteAddr(), MDC.get("traceId"));
    }
}
