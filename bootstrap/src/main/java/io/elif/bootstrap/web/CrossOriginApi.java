package io.elif.bootstrap.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lets an SPA deployed on its own origin call the API: only the exact origins listed in
 * {@code elif.web.allowed-origins}, with credentials; never a wildcard. None are listed by default.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginApi implements WebMvcConfigurer {

    private final List<String> allowedOrigins;

    CrossOriginApi(@Value("${elif.web.allowed-origins:}") List<String> allowedOrigins) {
        if (allowedOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
            throw new IllegalStateException("elif.web.allowed-origins lists exact origins; wildcards are refused");
        }
        this.allowedOrigins = allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }

    /** A refused cross-origin request gets a problem+json body like every other error. */
    @Bean
    static BeanPostProcessor problemAnsweringCorsProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractHandlerMapping mapping) {
                    mapping.setCorsProcessor(new ProblemCorsProcessor());
                }
                return bean;
            }
        };
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        registry.addMapping("/api/**")
                .allowedOrigins(allowedOrigins.toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .allowedHeaders("Content-Type", "X-Tenant")
                .allowCredentials(true)
                .maxAge(3600);
    }

    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody().write("""
                    {"type":"https://elif.io/problems/cors-refused","title":"Origin not allowed","status":403,\
                    "detail":"This origin may not call the ELIF API"}""".getBytes(StandardCharsets.UTF_8));
            response.flush();
        }
    }
}
