package io.elif.bootstrap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The headers ELIF reads are checked against {@link InputText} before the tenant filter and the security chain
 * read them; a refusal names the header.
 */
final class HeaderText extends OncePerRequestFilter {

    static final List<String> READ = List.of("X-Tenant", "Authorization", "Cookie", "X-XSRF-TOKEN", "traceparent");

    private final ProblemWriter problems;

    HeaderText(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (var name : READ) {
            var values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                if (!InputText.isClean(values.nextElement(), false)) {
                    problems.write(response, ApiProblems.invalid(name, InputText.REFUSAL));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
