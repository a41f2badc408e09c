package io.elif.identity.application;

import java.time.Instant;
import java.util.Optional;

/** Consecutive failed logins per login name; written even when the login's transaction rolls back. */
public interface LoginAttempts {

    Optional<Instant> lockedUntil(String loginKey);

    /** Counts one more failure and returns the consecutive count. */
    int recordFailure(String loginKey);

    void lockUntil(String loginKey, Instant until);

    void clear(String loginKey);
}
