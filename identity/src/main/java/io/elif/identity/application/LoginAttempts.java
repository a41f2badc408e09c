package io.elif.identity.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Consecutive failed password guesses per key of {@link io.elif.identity.domain.LoginThrottlePolicy}
 * (a typed login, an account), shared by every instance. Reading and counting are one statement
 * each, whatever the number of keys, so a known login costs about what an unknown one does.
 */
public interface LoginAttempts {

    /** Those of the keys that must still wait at {@code now}, with the end of their wait. */
    Map<String, Instant> lockedUntil(Collection<String> keys, Instant now);

    /** Counts one more failure for each key and returns each key's consecutive count. */
    Map<String, Integer> recordFailure(Collection<String> keys);

    void lockUntil(Collection<String> keys, Instant until);

    void clear(Collection<String> keys);
}
