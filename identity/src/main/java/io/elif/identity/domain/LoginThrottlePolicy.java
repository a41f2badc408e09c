package io.elif.identity.domain;

import java.time.Duration;

/**
 * Slows guessing without ever locking an account for good: from the 5th consecutive failure on a
 * login name, each further attempt waits 1 s, 2 s, 4 s ... up to 15 minutes. A success resets it.
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
}
