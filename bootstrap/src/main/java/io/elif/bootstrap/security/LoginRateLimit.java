package io.elif.bootstrap.security;

import io.elif.bootstrap.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code elif.security.login-attempts-per-minute} login attempts per client address and
 * minute on this instance; beyond that 429 with Retry-After. Complements the per-account slow-down,
 * which holds across instances.
 */
final class LoginRateLimit extends OncePerRequestFilter {

    private record Window(long minute, int attempts) {
    }

    private final int attemptsPerMinute;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LoginRateLimit(int attemptsPerMinute, ProblemWriter problems, Clock clock) {
        this.attemptsPerMinute = attemptsPerMinute;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/auth/login".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        var window = windows.merge(request.getRemoteAddr(), new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.attempts() + 1) : fresh);
        if (windows.size() > 10_000) {
            windows.values().removeIf(stale -> stale.minute() < minute);
        }
        if (window.attempts() > attemptsPerMinute) {
            response.setHeader("Retry-After", String.valueOf(60 - (now / 1000) % 60));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                    "Too many login attempts from this address; try again in a minute");
            return;
        }
        chain.doFilter(request, response);
    }
}
