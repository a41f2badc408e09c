package io.elif.bootstrap.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands an SPA its CSRF token (also set as the XSRF-TOKEN cookie) before its first change. */
@RestController
class CsrfController {

    record CsrfTokenResponse(String headerName, String token) {
    }

    @GetMapping("/api/auth/csrf")
    CsrfTokenResponse csrf(CsrfToken token) {
        return new CsrfTokenResponse(token.getHeaderName(), token.getToken());
    }
}
