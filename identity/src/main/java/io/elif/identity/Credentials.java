package io.elif.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of ELIF's credentials. Both carry their tenant, so that a request's tenant comes from
 * its credentials: a session cookie {@code <tenant>.<secret>}, an API token {@code elif_<tenant>.<secret>}.
 */
public final class Credentials {

    public static final String SESSION_COOKIE = "ELIF_SESSION";
    private static final String TOKEN_PREFIX = "elif_";
    private static final Pattern SESSION = Pattern.compile("([a-z0-9_]{1,63})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern TOKEN = Pattern.compile("elif_([a-z0-9_]{1,63})\\.([A-Za-z0-9_-]{43})");

    private Credentials() {
    }

    public static Optional<String> tenantOfSession(String cookie) {
        return part(SESSION, cookie, 1);
    }

    public static Optional<String> tenantOfApiToken(String token) {
        return part(TOKEN, token, 1);
    }

    public static Optional<String> secretOfSession(String cookie) {
        return part(SESSION, cookie, 2);
    }

    public static Optional<String> secretOfApiToken(String token) {
        return part(TOKEN, token, 2);
    }

    public static String session(String tenant, String secret) {
        return tenant + "." + secret;
    }

    public static String apiToken(String tenant, String secret) {
        return TOKEN_PREFIX + tenant + "." + secret;
    }

    private static Optional<String> part(Pattern pattern, String value, int group) {
        if (value == null) {
            return Optional.empty();
        }
        var matcher = pattern.matcher(value);
        return matcher.matches() ? Optional.of(matcher.group(group)) : Optional.empty();
    }
}
