package io.elif.identity.application;

import io.elif.identity.SignedInUser;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The sessions this instance recognised in the last seconds, so that the check of every request does not read the
 * database each time: a read's profile showed that check costing more CPU than the page's own query. On this
 * instance every change that ends a session or alters what it resolves to forgets it at once (SignIn's logout,
 * HeldCredentials); a change made on another instance is seen within the lifetime of an entry, a few seconds.
 */
public interface RecentSessions {

    /** The session's user as recently recognised, or as {@code read} finds it now; an unknown session is not kept. */
    Optional<SignedInUser> resolve(String tenant, byte[] sessionHash, Supplier<Optional<SignedInUser>> read);

    void forget(String tenant, byte[] sessionHash);

    /** Forgets every session of the user, also when a request read the old state while the change was committing. */
    void forgetUser(String tenant, UUID userId);
}
