package io.elif.bootstrap.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Errors answered before any controller: the error path asked for directly, and what the servlet container
 * itself refuses. All of them problem+json with the security headers, none an HTML page.
 */
class ErrorResponsesApiTests extends ApiTestSupport {

    @Test
    void theErrorPathAskedForDirectlyIsAnAddressWhereNothingIs() {
        var response = get(null, "/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://elif.io/problems/not-found");
        assertThat(sendAs(adminOf("demo"), HttpRequest.newBuilder(uri("/error")).GET()).status()).isEqualTo(404);
    }

    static Stream<Arguments> refusedByTheContainer() {
        return Stream.of(
                arguments("oversized headers", "GET /api/tenant HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                        + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n", 400),
                arguments("an encoded slash in the path", "GET /api/catalog%2Fproducts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400),
                arguments("a NUL in a header", "GET /api/tenant HTTP/1.1\r\nHost: localhost\r\nX-Tenant: de\0mo\r\nConnection: close\r\n\r\n", 400),
                arguments("an encoded NUL in the path", "GET /api/tenant%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400),
                arguments("a NUL in the path", "GET /api/ten\0ant HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400),
                arguments("CONNECT", "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\nConnection: close\r\n\r\n", 501),
                arguments("a malformed request line", "GET\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400),
                arguments("an unknown HTTP version", "GET /api/tenant HTTP/7.0\r\nHost: localhost\r\nConnection: close\r\n\r\n", 505));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedByTheContainer(String what, String request, int status) {
        var reply = RawHttp.send(port, request);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.body()).doesNotContain("<html", "Tomcat", "Exception");
        var problem = JSON.readTree(reply.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://elif.io/problems/");
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertSecurityHeaders(reply.headers());
    }
}
