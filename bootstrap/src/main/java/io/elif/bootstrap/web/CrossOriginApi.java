package io.elif.bootstrap.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Lets an SPA deployed on its own origin call the API: only the exact origins listed in
 * {@code elif.web.allowed-origins}, with credentials; never a wildcard. None are listed by default.
 * Runs first, so preflights are answered before tenancy and security, and refusals are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginApi {

    @Bean
    FilterRegistrationBean<CorsFilter> crossOriginFilter(@Value("${elif.web.allowed-origins:}") List<String> origins) {
        if (origins.stream().anyMatch(origin -> origin.contains("*"))) {
            throw new IllegalStateException("elif.web.allowed-origins lists exact origins; wildcards are refused");
        }
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins.stream().filter(origin -> !origin.isBlank()).toList());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of("Content-Type", "X-Tenant", "X-XSRF-TOKEN", "Authorization"));
        configuration.setExposedHeaders(List.of("Retry-After", "X-Trace-Id"));
        configuration.setAllowCredentials(true);
        configuration.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        var filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** A refused cross-origin request gets a problem+json body like every other error. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody().write(("{\"type\":\"https://elif.io/problems/cors-refused\",\"title\":\"Origin not allowed\","
                    + "\"status\":403,\"detail\":\"This origin may not call the ELIF API\"}").getBytes(StandardCharsets.UTF_8));
            response.flush();
        }
    }
}
