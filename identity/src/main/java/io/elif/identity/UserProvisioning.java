package io.elif.identity;

import java.util.Set;

/** Users created when a tenant is provisioned, outside any user's request: the first admin, demo accounts. */
public interface UserProvisioning {

    /** Creates the administrator only when the tenant has no user at all; tells whether it did. */
    boolean provisionFirstAdmin(String username, String email, String displayName, String password);

    /** Creates the users only when the tenant has no user at all; tells whether it did. */
    boolean provisionUsers(java.util.List<NewAccount> accounts);

    record NewAccount(String username, String email, String displayName, Set<Role> roles, String password) {
    }
}
