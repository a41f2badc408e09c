package io.elif.identity;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who a request comes from, as established from its session or API token. A session still waiting
 * for the user's two-factor set-up may only reach that set-up. A request authenticated by an API token
 * ({@code byApiToken}) acts with the user's roles but never sets credentials (docs/security.md).
 */
public record SignedInUser(UUID id, String username, String displayName, Set<Role> roles, boolean totpSetupPending,
                           boolean byApiToken)
        implements Principal {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The username: what other modules record as "who" through {@code HttpServletRequest#getUserPrincipal}. */
    @Override
    public String getName() {
        return username;
    }
}
