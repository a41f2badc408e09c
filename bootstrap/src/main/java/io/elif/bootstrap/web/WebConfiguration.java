package io.elif.bootstrap.web;

import org.apache.catalina.core.StandardHost;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    /** After the security chain (order -100), which names the user the keys belong to. */
    @Bean
    FilterRegistrationBean<IdempotencyKeys> idempotencyKeys(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            TransactionTemplate transactions, DSLContext dsl, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeys(handlers, transactions, dsl, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TraceIds> traceIds() {
        var registration = new FilterRegistrationBean<>(new TraceIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The container's error report as problem+json: {@link ProblemReportValve} replaces the HTML
     * ErrorReportValve that Tomcat and Spring Boot put on the host, and the host is told it is its
     * error report, so that it adds none of its own when it starts.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ProblemWriter problems) {
        return new ProblemErrorReports(problems);
    }

    /** Ordered last, after Spring Boot's own customizer that adds the HTML report. */
    private record ProblemErrorReports(ProblemWriter problems)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = (StandardHost) context.getParent();
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(problems));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Request bodies are read strictly (see {@link StrictJson}): this converter takes the JSON slot after Boot's
     * customizer (order 0) filled it, so the other converters keep their places (plain text stays ahead of JSON).
     */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer strictJsonBodies(JsonFactory jsonFactory,
                                                           ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        var converter = new JacksonJsonHttpMessageConverter(StrictJson.apiMapper(jsonFactory, customizers.orderedStream()));
        return converters -> converters.withJsonConverter(converter);
    }

    /** Before the tenant filter and the security chain read any header. */
    @Bean
    FilterRegistrationBean<HeaderText> headerText(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new HeaderText(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    ComposedConstraintDocs composedConstraintDocs() {
        return new ComposedConstraintDocs();
    }

    @Bean
    DecimalDocs decimalDocs() {
        return new DecimalDocs();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterText()).addPathPatterns("/api/**");
    }
}
