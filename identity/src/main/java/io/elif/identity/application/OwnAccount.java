package io.elif.identity.application;

import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.Credentials;
import io.elif.identity.CurrentTenant;
import io.elif.identity.RequestOrigin;
import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import io.elif.identity.domain.IdentityRefusal;
import io.elif.identity.domain.IdentityRefusal.Reason;
import io.elif.identity.domain.PasswordPolicy;
import io.elif.identity.domain.Totp;
import io.elif.identity.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What users do with their own account: password, two-factor authentication, API tokens. Changing
 * the password or two-factor authentication needs the current password (SignIn#confirmPassword);
 * that none of this is done with an API token is the permission matrix's rule (docs/security.md).
 * A wrong current password is counted and audited, and that commits with the refusal.
 */
@Service
@Transactional(noRollbackFor = IdentityRefusal.class)
public class OwnAccount {

    public record TotpSetup(String secret, String otpauthUri) {
    }

    public record NewApiToken(UUID id, String name, java.time.Instant createdAt, String token) {
    }

    private final UserAccounts users;
    private final ApiTokenStore tokens;
    private final SessionStore sessions;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final TenantSettings settings;
    private final SignIn signIn;
    private final HeldCredentials credentials;
    private final AuditLog audit;
    private final CurrentTenant tenant;
    private final Clock clock;

    public OwnAccount(UserAccounts users, ApiTokenStore tokens, SessionStore sessions, PasswordPolicy policy,
                      PasswordHasher hasher, TenantSettings settings, SignIn signIn, HeldCredentials credentials,
                      AuditLog audit, CurrentTenant tenant, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.policy = policy;
        this.hasher = hasher;
        this.settings = settings;
        this.signIn = signIn;
        this.credentials = credentials;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserAccount account(SignedInUser user) {
        return users.byId(user.id()).orElseThrow(() -> new IdentityRefusal(Reason.USER_NOT_FOUND, "No such user"));
    }

    /**
     * Needs the current password. Ends every session and API token of the user, this session too, and
     * returns a fresh session for this device.
     */
    public SignIn.NewSession changePassword(SignedInUser user, String currentPassword, String newPassword,
                                            RequestOrigin origin) {
        var account = account(user);
        var password = policy.accept(newPassword, "newPassword", account.username(), account.email());
        signIn.confirmPassword(account, currentPassword, "currentPassword", "change the password", origin);
        var changed = account.withPasswordHash(hasher.hash(password), clock.instant());
        users.update(changed);
        record(AuditAction.PASSWORD_CHANGED, user, null, origin);
        credentials.revokeAll(changed, "password changed", user, origin);
        return signIn.startSession(changed, user.totpSetupPending());
    }

    /**
     * Needs the current password: whoever holds a session alone (a borrowed browser) must not tie the
     * account to their own authenticator. A new secret replaces any set-up not yet confirmed.
     */
    public TotpSetup setUpTotp(SignedInUser user, String password, RequestOrigin origin) {
        var account = account(user);
        if (account.totpEnabled()) {
            throw new IdentityRefusal(Reason.TOTP_INVALID, "Two-factor authentication is on already");
        }
        signIn.confirmPassword(account, password, "password", "set up two-factor authentication", origin);
        var secret = Totp.newSecret(Secrets.random());
        users.update(account.withTotpSecret(secret, false, clock.instant()));
        return new TotpSetup(secret, Totp.uri("ELIF " + tenant.id(), account.username(), secret));
    }

    public void confirmTotp(SignedInUser user, String code, RequestOrigin origin) {
        var account = account(user);
        if (account.totpSecret() == null || !Totp.verify(account.totpSecret(), code == null ? "" : code.strip(), clock.instant())) {
            throw IdentityRefusal.invalidField(Reason.TOTP_INVALID, "code", "That code does not match; try the current one");
        }
        users.update(account.withTotpSecret(account.totpSecret(), true, clock.instant()));
        sessions.completeTotpSetup(account.id());
        credentials.changed(account);
        record(AuditAction.TOTP_ENABLED, user, null, origin);
    }

    public void disableTotp(SignedInUser user, String password, RequestOrigin origin) {
        var account = account(user);
        if (account.roles().contains(Role.ADMIN) && settings.requireTotpForAdmins()) {
            throw new IdentityRefusal(Reason.TOTP_INVALID, "This tenant requires two-factor authentication for administrators");
        }
        signIn.confirmPassword(account, password, "password", "turn off two-factor authentication", origin);
        users.update(account.withTotpSecret(null, false, clock.instant()));
        record(AuditAction.TOTP_DISABLED, user, null, origin);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> apiTokens(SignedInUser user) {
        return tokens.of(user.id());
    }

    /** The token itself is returned this once; only its hash is kept. */
    public NewApiToken createApiToken(SignedInUser user, String name, RequestOrigin origin) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw IdentityRefusal.invalidField(Reason.INVALID_USER, "name", "A token's name has 1 to 100 characters");
        }
        var secret = Secrets.newSecret();
        var id = UUID.randomUUID();
        tokens.add(id, user.id(), name.strip(), Secrets.sha256(secret));
        record(AuditAction.TOKEN_CREATED, user, "token " + name.strip(), origin);
        return new NewApiToken(id, name.strip(), clock.instant(), Credentials.apiToken(tenant.id(), secret));
    }

    public void revokeApiToken(SignedInUser user, UUID tokenId, RequestOrigin origin) {
        if (!tokens.revoke(user.id(), tokenId, clock.instant())) {
            throw new IdentityRefusal(Reason.TOKEN_NOT_FOUND, "No such active token");
        }
        record(AuditAction.TOKEN_REVOKED, user, "token " + tokenId, origin);
    }

    private void record(AuditAction action, SignedInUser user, String detail, RequestOrigin origin) {
        audit.append(new AuditEntry(action, AuditOutcome.SUCCESS, user.id(), user.username(), detail, origin), tenant.id());
    }
}
