package io.elif.identity.application;

import java.time.Instant;
import java.util.UUID;

/** One of a user's API tokens as they see it: never its secret, which nobody keeps. */
public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
