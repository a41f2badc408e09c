package io.elif.identity.application;

import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.CurrentTenant;
import io.elif.identity.RequestOrigin;
import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import io.elif.identity.UserProvisioning;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.identity.domain.IdentityRefusal.Reason;
import io.elif.identity.domain.PasswordPolicy;
import io.elif.identity.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What administrators do with users. Nobody changes their own roles or disables themselves, and
 * the last active administrator stays one: concurrent changes are serialised on the admins' rows.
 * Resetting a password and disabling end every session and API token of the user (HeldCredentials).
 */
@Service
@Transactional(noRollbackFor = IdentityRefusal.class)
public class UserAdministration implements UserProvisioning {

    private final UserAccounts users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final HeldCredentials credentials;
    private final AuditLog audit;
    private final CurrentTenant tenant;
    private final Clock clock;

    public UserAdministration(UserAccounts users, PasswordPolicy policy, PasswordHasher hasher,
                              HeldCredentials credentials, AuditLog audit, CurrentTenant tenant, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.credentials = credentials;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    public UserAccount create(NewAccount request, SignedInUser actor, RequestOrigin origin) {
        var user = register(request);
        record(AuditAction.USER_CREATED, actor, user, "roles " + new TreeSet<>(user.roles()), origin);
        return user;
    }

    @Override
    public boolean provisionFirstAdmin(String username, String email, String displayName, String password) {
        return provisionUsers(List.of(new NewAccount(username, email, displayName, Set.of(Role.ADMIN), password)));
    }

    @Override
    public boolean provisionUsers(List<NewAccount> accounts) {
        if (users.any()) {
            return false;
        }
        accounts.forEach(this::register);
        return true;
    }

    private UserAccount register(NewAccount request) {
        var password = policy.accept(request.password(), "password", request.username(), request.email());
        var user = UserAccount.create(request.username(), request.email(), request.displayName(), request.roles(),
                hasher.hash(password), clock.instant());
        users.add(user);
        return user;
    }

    public UserAccount changeRoles(UUID id, Set<Role> roles, SignedInUser actor, RequestOrigin origin) {
        if (id.equals(actor.id())) {
            throw new IdentityRefusal(Reason.OWN_ROLES, "Nobody changes their own roles; ask another administrator");
        }
        var user = find(id);
        if (user.isActiveAdmin() && (roles == null || !roles.contains(Role.ADMIN))) {
            requireAnotherActiveAdmin();
        }
        var changed = user.withRoles(roles, clock.instant());
        users.update(changed);
        credentials.changed(changed);
        record(AuditAction.ROLES_CHANGED, actor, changed,
                new TreeSet<>(user.roles()) + " -> " + new TreeSet<>(changed.roles()), origin);
        return changed;
    }

    public UserAccount disable(UUID id, SignedInUser actor, RequestOrigin origin) {
        if (id.equals(actor.id())) {
            throw new IdentityRefusal(Reason.OWN_ACCOUNT, "You cannot disable your own account");
        }
        var user = find(id);
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin();
        }
        var disabled = user.withActive(false, clock.instant());
        users.update(disabled);
        record(AuditAction.USER_DISABLED, actor, disabled, null, origin);
        credentials.revokeAll(disabled, "user disabled", actor, origin);
        return disabled;
    }

    /** The user comes back with nothing they held before being disabled: they sign in and create tokens anew. */
    public UserAccount enable(UUID id, SignedInUser actor, RequestOrigin origin) {
        var enabled = find(id).withActive(true, clock.instant());
        users.update(enabled);
        record(AuditAction.USER_ENABLED, actor, enabled, null, origin);
        return enabled;
    }

    /** Ends every session and API token of the user. */
    public void resetPassword(UUID id, String newPassword, SignedInUser actor, RequestOrigin origin) {
        var user = find(id);
        var password = policy.accept(newPassword, "newPassword", user.username(), user.email());
        var reset = user.withPasswordHash(hasher.hash(password), clock.instant());
        users.update(reset);
        record(AuditAction.PASSWORD_RESET, actor, reset, null, origin);
        credentials.revokeAll(reset, "password reset", actor, origin);
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String text, int page, int size) {
        return users.search(text == null ? "" : text.strip(), page, size);
    }

    @Transactional(readOnly = true)
    public UserAccount find(UUID id) {
        return users.byId(id).orElseThrow(() -> new IdentityRefusal(Reason.USER_NOT_FOUND, "No user with id " + id));
    }

    private void requireAnotherActiveAdmin() {
        if (users.lockActiveAdmins() <= 1) {
            throw new IdentityRefusal(Reason.LAST_ADMIN, "The tenant must keep at least one active administrator");
        }
    }

    private void record(AuditAction action, SignedInUser actor, UserAccount subject, String detail, RequestOrigin origin) {
        var text = "user " + subject.username() + (detail == null ? "" : ": " + detail);
        audit.append(new AuditEntry(action, AuditOutcome.SUCCESS, actor.id(), actor.username(), text, origin), tenant.id());
    }
}
