package io.elif.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who a request comes from, as established from its session or API token. A session still waiting
 * for the user's two-factor set-up may only reach that set-up.
 */
public record SignedInUser(UUID id, String username, String displayName, Set<Role> roles, boolean totpSetupPending) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
