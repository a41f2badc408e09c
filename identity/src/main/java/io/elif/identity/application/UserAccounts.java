package io.elif.identity.application;

import io.elif.identity.domain.UserAccount;

import java.util.Optional;
import java.util.UUID;

public interface UserAccounts {

    /** @throws io.elif.identity.domain.IdentityRefusal DUPLICATE_USER when the username or email is taken */
    void add(UserAccount user);

    void update(UserAccount user);

    Optional<UserAccount> byId(UUID id);

    /** By username or email, ignoring case. */
    Optional<UserAccount> byLogin(String login);

    Page<UserAccount> search(String text, int page, int size);

    /** Locks the active administrators' rows until the transaction ends and counts them. */
    int lockActiveAdmins();

    boolean any();
}
