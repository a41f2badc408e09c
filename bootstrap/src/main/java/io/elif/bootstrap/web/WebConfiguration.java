package io.elif.bootstrap.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    FilterRegistrationBean<TraceIds> traceIds() {
        var registration = new FilterRegistrationBean<>(new TraceIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
