package io.elif.bootstrap.web;

import io.elif.bootstrap.security.PermissionMatrix;
import io.elif.identity.Credentials;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The API document as a contract for integrators (docs/openapi.json, linted by docs/redocly.yaml in the
 * build): the controllers give each operation its summary and their own refusals; this names the API, its
 * server and its credentials, and {@link OperationContract} adds what many operations share.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SESSION = "session";
    static final String CSRF_COOKIE = "csrfCookie";
    static final String CSRF_HEADER = "csrfHeader";
    static final String API_TOKEN = "apiToken";

    @Bean
    OpenAPI elifOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ELIF API").version("1").description("""
                        The JSON API of ELIF, the back office of beverage wholesalers. Every company (tenant) has \
                        its own data: a request's tenant is the one of its credentials; an anonymous request names \
                        it by the subdomain (demo.example.com) or the X-Tenant header.

                        Credentials: the session cookie set by POST /api/auth/login, with the CSRF pair (the \
                        XSRF-TOKEN cookie from GET /api/auth/csrf sent back as the X-XSRF-TOKEN header) on every \
                        change; or a personal API token (POST /api/identity/me/tokens) as a bearer token, which \
                        needs no CSRF pair. What each role may call: docs/permissions.md.

                        Every error is RFC 9457 application/problem+json with a stable type under \
                        https://elif.io/problems/; bad input names each field in errors. Amounts are decimal \
                        strings, quantities integers in the product's base unit."""))
                .servers(List.of(new Server().url("/").description("This ELIF installation")))
                .components(new Components()
                        .addSecuritySchemes(SESSION, cookie(Credentials.SESSION_COOKIE,
                                "The session cookie set by POST /api/auth/login"))
                        // Spring Security's CookieCsrfTokenRepository names, as SecurityConfiguration uses them
                        .addSecuritySchemes(CSRF_COOKIE, cookie("XSRF-TOKEN",
                                "The CSRF cookie set by GET /api/auth/csrf, sent back with the session on changes"))
                        .addSecuritySchemes(CSRF_HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
                                .description("The CSRF cookie's value, repeated in this header on changes"))
                        .addSecuritySchemes(API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal API token (POST /api/identity/me/tokens) as Authorization: "
                                        + "Bearer <token>")));
    }

    @Bean
    OperationCustomizer idempotencyDocs() {
        return new IdempotencyDocs();
    }

    @Bean
    OpenApiCustomizer operationContract() {
        return new OperationContract(PermissionMatrix.load());
    }

    private static SecurityScheme cookie(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(name)
                .description(description);
    }
}
