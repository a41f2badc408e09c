package io.elif.identity.application;

import io.elif.identity.SignedInUser;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface SessionStore {

    void create(byte[] tokenHash, UUID userId, long securityStamp, boolean totpPending, Instant expiresAt);

    /**
     * The session's user while the session is unexpired, not idle too long, its user active and the user's
     * stamp unchanged; records the activity when the last one recorded is a minute old or more.
     */
    Optional<SignedInUser> resolve(byte[] tokenHash, Instant now, Duration idleTimeout);

    void delete(byte[] tokenHash);

    void completeTotpSetup(UUID userId);

    /** Ends every session of the user; returns how many there were. */
    int deleteAll(UUID userId);
}
