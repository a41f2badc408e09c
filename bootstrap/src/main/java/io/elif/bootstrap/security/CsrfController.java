package io.elif.bootstrap.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands an SPA its CSRF token (also set as the XSRF-TOKEN cookie) before its first change. */
@Tag(name = "Sign-in")
@RestController
class CsrfController {

    record CsrfTokenResponse(String headerName, String token) {
    }

    /** The token is the request attribute Spring Security's CSRF filter puts there, not a client input. */
    @Operation(summary = "Get a CSRF token, also set as the XSRF-TOKEN cookie, before the first change")
    @GetMapping("/api/auth/csrf")
    CsrfTokenResponse csrf(HttpServletRequest request) {
        var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new CsrfTokenResponse(token.getHeaderName(), token.getToken());
    }
}
