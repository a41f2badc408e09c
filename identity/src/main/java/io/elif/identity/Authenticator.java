package io.elif.identity;

import java.util.Optional;

/** Establishes who a request comes from; used by the application's security filter chain. */
public interface Authenticator {

    /** The user of a live session of the current tenant, by the session cookie's value. */
    Optional<SignedInUser> bySession(String sessionCookie);

    /** The user of an unrevoked API token of the current tenant. */
    Optional<SignedInUser> byApiToken(String token);
}
