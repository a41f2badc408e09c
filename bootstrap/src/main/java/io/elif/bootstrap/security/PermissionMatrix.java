package io.elif.bootstrap.security;

import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one permission matrix (role x operation) of {@code security/permissions.txt}, enforced on every
 * API request. No row, no access. A row marked {@code session} is refused to API tokens.
 */
public final class PermissionMatrix implements AuthorizationManager<RequestAuthorizationContext> {

    public enum Access { PUBLIC, SIGNED_IN, ROLES }

    /**
     * @param sessionOnly refused to a request authenticated by an API token, whatever its user's roles:
     *                    what sets credentials (passwords, tokens, two-factor authentication) needs a session
     */
    public record Rule(String method, String path, Access access, Set<Role> roles, boolean sessionOnly) {

        boolean allows(Authentication authentication) {
            var signedIn = authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
            if (sessionOnly && byApiToken(authentication)) {
                return false;
            }
            return switch (access) {
                case PUBLIC -> true;
                case SIGNED_IN -> signedIn;
                case ROLES -> signedIn && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> roles.stream().anyMatch(role -> authority.equals("ROLE_" + role.name())));
            };
        }
    }

    /** Whether the request was authenticated by an API token rather than a session. */
    public static boolean byApiToken(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user && user.byApiToken();
    }

    private record CompiledRule(Rule rule, PathPattern pattern) {
    }

    private final List<CompiledRule> rules;

    private PermissionMatrix(List<Rule> rules) {
        var parser = PathPatternParser.defaultInstance;
        this.rules = rules.stream().map(rule -> new CompiledRule(rule, parser.parse(rule.path()))).toList();
    }

    public static PermissionMatrix load() {
        try (var input = new ClassPathResource("security/permissions.txt").getInputStream()) {
            return new PermissionMatrix(new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PermissionMatrix::parse)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permission matrix", e);
        }
    }

    public List<Rule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    /** The row of the most specific matching path, as Spring MVC picks its handler: a literal beats a variable. */
    public Optional<Rule> ruleFor(String method, String path) {
        var container = PathContainer.parsePath(path);
        return rules.stream()
                .filter(compiled -> compiled.rule().method().equalsIgnoreCase(method) && compiled.pattern().matches(container))
                .min(Comparator.comparing(CompiledRule::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .map(CompiledRule::rule);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        var rule = ruleFor(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
        return new AuthorizationDecision(rule.map(found -> found.allows(authentication.get())).orElse(false));
    }

    private static Rule parse(String line) {
        var columns = line.split("\\s+");
        if (columns.length < 3 || columns.length > 4 || (columns.length == 4 && !columns[3].equals("session"))) {
            throw new IllegalStateException("a permission row is METHOD PATH ACCESS [session]: " + line);
        }
        var sessionOnly = columns.length == 4;
        if (sessionOnly && columns[2].equals("public")) {
            throw new IllegalStateException("a public operation cannot need a session: " + line);
        }
        return switch (columns[2]) {
            case "public" -> new Rule(columns[0], columns[1], Access.PUBLIC, Set.of(), false);
            case "signed-in" -> new Rule(columns[0], columns[1], Access.SIGNED_IN, Set.of(), sessionOnly);
            default -> {
                var roles = EnumSet.noneOf(Role.class);
                for (var role : columns[2].split(",")) {
                    roles.add(Role.valueOf(role));
                }
                yield new Rule(columns[0], columns[1], Access.ROLES, roles, sessionOnly);
            }
        };
    }
}
