package io.elif.bootstrap.web;

import io.elif.identity.SignedInUser;
import io.elif.kernel.Idempotent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jooq.DSLContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@code Idempotency-Key} for the operations marked {@link Idempotent} (as the IETF httpapi draft describes): the first
 * request with a key does the work, and its successful answer is stored with the key in the same transaction as the
 * work; the same key and request from the same user again replays that answer ({@code Idempotent-Replayed: true});
 * the same key with another request is 422; a concurrent request with the key waits for the first and then replays
 * it. A refused request (4xx) stores nothing, so that its corrected retry may use the same key.
 */
final class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY = 255;
    private static final int MAX_BODY = 2_000_000;

    private final RequestMappingHandlerMapping handlers;
    private final TransactionTemplate transactions;
    private final DSLContext dsl;
    private final ProblemWriter problems;

    IdempotencyKeys(RequestMappingHandlerMapping handlers, TransactionTemplate transactions, DSLContext dsl,
                    ProblemWriter problems) {
        this.handlers = handlers;
        this.transactions = transactions;
        this.dsl = dsl;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser signedIn
                ? signedIn : null;
        if (user == null || !isIdempotent(request)) {
            chain.doFilter(request, response);
            return;
        }
        var key = request.getHeader(HEADER);
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            problems.write(response, ApiProblems.invalid(HEADER, "must be 1 to 255 visible ASCII characters"));
            return;
        }
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large",
                    "A request with an Idempotency-Key may carry at most " + MAX_BODY + " bytes");
            return;
        }
        var hash = hash(request, body);
        var answer = new ContentCachingResponseWrapper(response);
        Stored outcome;
        try {
            outcome = answered(user.id(), key, hash, new ReadAgain(request, body), answer, chain);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.lostTheDatabase(e)) {
                throw e;
            }
            problems.writeTenantUnavailable(response);
            return;
        }
        if (outcome == null) {
            answer.copyBodyToResponse();
        } else if (!Arrays.equals(outcome.requestHash(), hash)) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was sent before with another request; use a new key for a new request");
        } else {
            outcome.replay(response);
        }
    }

    /** The stored answer of an earlier request with the key, or null when this request did the work now. */
    private Stored answered(UUID userId, String key, byte[] hash, HttpServletRequest request,
                            ContentCachingResponseWrapper answer, FilterChain chain) {
        return transactions.execute(status -> {
            var existing = claim(userId, key, hash);
            if (existing != null) {
                status.setRollbackOnly();
                return existing;
            }
            try {
                chain.doFilter(request, answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            if (answer.getStatus() / 100 == 2) {
                store(userId, key, answer);
            } else {
                status.setRollbackOnly();
            }
            return null;
        });
    }

    private boolean isIdempotent(HttpServletRequest request) {
        try {
            var chain = handlers.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(Idempotent.class);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Inserts the key, or waits for the transaction that holds it and returns its stored answer: null when this
     * request is the first (or the first was rolled back), and then the key is held until this transaction ends.
     * Its user's keys older than 48 hours go.
     */
    private Stored claim(UUID userId, String key, byte[] hash) {
        int inserted = dsl.query("insert into idempotency.idempotency_key (user_id, key, request_hash) values (?, ?, ?) "
                + "on conflict do nothing", userId, key, hash).execute();
        if (inserted == 1) {
            dsl.query("delete from idempotency.idempotency_key where user_id = ? and created_at < now() - interval '48 hours'",
                    userId).execute();
            return null;
        }
        var row = dsl.fetchSingle("select request_hash, status, content_type, location, body "
                + "from idempotency.idempotency_key where user_id = ? and key = ?", userId, key);
        return new Stored(row.get(0, byte[].class), row.get(1, Integer.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4, byte[].class));
    }

    private void store(UUID userId, String key, ContentCachingResponseWrapper answer) {
        dsl.query("update idempotency.idempotency_key set status = ?, content_type = ?, location = ?, body = ? "
                        + "where user_id = ? and key = ?", answer.getStatus(), answer.getContentType(),
                answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray(), userId, key).execute();
    }

    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var target = request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(byte[] requestHash, int status, String contentType, String location, byte[] body) {

        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            if (location != null) {
                response.setHeader(HttpHeaders.LOCATION, location);
            }
            response.setHeader(REPLAYED, "true");
            response.getOutputStream().write(body);
        }
    }

    /** The request with its body read once, for the hash, and given again to the controller. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
