package io.elif.bootstrap.security;

import io.elif.bootstrap.web.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRateLimitTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:10Z"), ZoneOffset.UTC);
    private final LoginRateLimit limit = new LoginRateLimit(3, new ProblemWriter(JsonMapper.builder().build()), clock);

    @Test
    void answers429WithRetryAfterBeyondTheLimitPerAddress() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(login("10.0.0.1").getStatus()).isEqualTo(200);
        }

        var refused = login("10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("too-many-attempts");
        assertThat(login("10.0.0.2").getStatus()).as("another address is not affected").isEqualTo(200);
    }

    private MockHttpServletResponse login(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
