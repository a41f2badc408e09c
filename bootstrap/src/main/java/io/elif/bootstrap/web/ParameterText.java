package io.elif.bootstrap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * Query parameters and path variables are checked against {@link InputText} (and date parameters against
 * {@link IsoDates}) before any handler binds them, so that no controller, whatever it forgets, passes a NUL or the
 * year 999999999 to the database. Refusals name the parameter.
 */
final class ParameterText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.getParameterMap().forEach((name, values) -> {
            for (var value : values) {
                requireClean(name, value);
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> requireClean(String.valueOf(name), String.valueOf(value)));
        }
        if (handler instanceof HandlerMethod method) {
            requireFourDigitYears(request, method);
        }
        return true;
    }

    /** Date parameters as {@link IsoDates} wants them, whatever format the handler declares. */
    private static void requireFourDigitYears(HttpServletRequest request, HandlerMethod method) {
        for (var parameter : method.getMethodParameters()) {
            var query = parameter.getParameterAnnotation(RequestParam.class);
            if (query == null || !IsoDates.isDated(parameter.getParameterType())) {
                continue;
            }
            var name = query.name().isEmpty() ? parameter.getParameterName() : query.name();
            var value = name == null ? null : request.getParameter(name);
            if (value != null && !value.isEmpty() && !IsoDates.hasFourDigitYear(value)) {
                throw new RefusedInput(name, IsoDates.REFUSAL);
            }
        }
    }

    /** A form body's field without "=" has no value (null): only its name is checked. */
    private static void requireClean(String name, String value) {
        if (!InputText.isClean(name, false) || (value != null && !InputText.isClean(value, false))) {
            throw new RefusedInput(InputText.isClean(name, false) ? name : "parameter name", InputText.REFUSAL);
        }
    }
}
