package io.elif.identity.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Slows guessing without ever locking an account for good: from the 5th consecutive failure, each
 * further attempt waits 1 s, 2 s, 4 s ... up to 15 minutes. A success resets it.
 * <p>
 * Failures are counted per account, whichever form of its login was typed (username or email) and
 * whether the password was guessed at the login or at a signed-in user's password check; and per
 * login as typed, for every login, known or not. Only the typed login's count is ever told (429 with
 * Retry-After): it behaves the same for a known and an unknown login, so the answers never tell
 * whether a login, or two forms of one, name an account. An account slowed down through another
 * form of its login answers as a wrong password does.
 */
public final class LoginThrottlePolicy {

    public static final int FREE_FAILURES = 4;
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private LoginThrottlePolicy() {
    }

    public static Duration waitAfter(int consecutiveFailures) {
        if (consecutiveFailures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        var exponent = Math.min(consecutiveFailures - FREE_FAILURES - 1, 20);
        var wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** A login as typed, normalised as accounts are looked up: stripped, ignoring case. */
    public static String normaliseLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** The count of a login as typed. */
    public static String loginKey(String login) {
        return "login:" + normaliseLogin(login);
    }

    /** The count of an account, whatever form of its login was typed; the prefixes keep a typed login from naming it. */
    public static String accountKey(UUID accountId) {
        return "account:" + accountId;
    }
}
