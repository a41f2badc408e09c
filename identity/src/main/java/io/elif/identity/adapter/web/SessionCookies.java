package io.elif.identity.adapter.web;

import io.elif.identity.Credentials;
import io.elif.identity.application.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure over HTTPS (or always, when
 * configured), optionally shared by the subdomains of {@code elif.security.cookie-domain}.
 */
@Component
class SessionCookies {

    private final String domain;
    private final boolean alwaysSecure;
    private final Clock clock;

    SessionCookies(@Value("${elif.security.cookie-domain:}") String domain,
                   @Value("${elif.security.secure-cookies:false}") boolean alwaysSecure, Clock clock) {
        this.domain = domain;
        this.alwaysSecure = alwaysSecure;
        this.clock = clock;
    }

    void write(SignIn.NewSession session, HttpServletRequest request, HttpServletResponse response) {
        write(session.cookie(), Duration.between(clock.instant(), session.expiresAt()), request, response);
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        write("", Duration.ZERO, request, response);
    }

    Optional<String> read(HttpServletRequest request) {
        return Optional.ofNullable(WebUtils.getCookie(request, Credentials.SESSION_COOKIE)).map(jakarta.servlet.http.Cookie::getValue);
    }

    private void write(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(Credentials.SESSION_COOKIE, value)
                .httpOnly(true)
                .secure(alwaysSecure || request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge);
        if (!domain.isBlank()) {
            cookie.domain(domain);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }
}
