package io.elif.identity.application;

import io.elif.identity.SignedInUser;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ApiTokenStore {

    void add(UUID id, UUID userId, String name, byte[] tokenHash);

    List<ApiToken> of(UUID userId);

    /** @return whether the user had such an unrevoked token */
    boolean revoke(UUID userId, UUID tokenId, Instant now);

    /** Revokes every unrevoked token of the user; returns how many there were. */
    int revokeAll(UUID userId, Instant now);

    /** The token's user while the token is unrevoked and the user active; records the use. */
    Optional<SignedInUser> resolve(byte[] tokenHash, Instant now);
}
