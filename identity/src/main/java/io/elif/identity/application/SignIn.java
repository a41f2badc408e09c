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
import io.elif.identity.domain.LoginThrottlePolicy;
import io.elif.identity.domain.PasswordPolicy;
import io.elif.identity.domain.Totp;
import io.elif.identity.domain.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Logs users in and out and recognises their sessions and API tokens. An unknown login and a wrong
 * password get the same answer after the same work; repeated failures on a login name slow it down.
 */
public class SignIn {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);

    /** A new session: the cookie's value, its user and when it ends at the latest. */
    public record NewSession(String cookie, SignedInUser user, Instant expiresAt) {
    }

    private final UserAccounts users;
    private final SessionStore sessions;
    private final ApiTokenStore tokens;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final TenantSettings settings;
    private final AuditLog audit;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final String decoyHash;

    public SignIn(UserAccounts users, SessionStore sessions, ApiTokenStore tokens, LoginAttempts attempts,
                  PasswordHasher hasher, TenantSettings settings, AuditLog audit, CurrentTenant tenant, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.attempts = attempts;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
        this.decoyHash = hasher.hash(Secrets.newSecret());
    }

    public NewSession login(String login, String password, String totpCode, RequestOrigin origin) {
        var key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        var now = clock.instant();
        var lockedUntil = attempts.lockedUntil(key).filter(now::isBefore);
        if (lockedUntil.isPresent()) {
            record(AuditOutcome.FAILURE, null, key, "throttled", origin);
            throw new IdentityRefusal(Reason.THROTTLED, "Too many failed attempts; try again later", null,
                    Duration.between(now, lockedUntil.get()).plusSeconds(1));
        }
        var user = users.byLogin(key);
        var candidate = PasswordPolicy.normalise(password == null ? "" : password);
        var passwordMatches = hasher.matches(candidate, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordMatches || !user.get().active()) {
            throw failed(key, user.orElse(null), "wrong credentials", now, origin);
        }
        var account = user.get();
        if (account.totpEnabled()) {
            if (totpCode == null || totpCode.isBlank()) {
                throw new IdentityRefusal(Reason.TOTP_REQUIRED, "Enter the code of your authenticator app");
            }
            if (!Totp.verify(account.totpSecret(), totpCode.strip(), now)) {
                throw failed(key, account, "wrong authentication code", now, origin);
            }
        }
        attempts.clear(key);
        var totpPending = !account.totpEnabled() && account.roles().contains(Role.ADMIN) && settings.requireTotpForAdmins();
        var session = startSession(account, totpPending);
        record(AuditOutcome.SUCCESS, account, account.username(), totpPending ? "two-factor set-up required" : null, origin);
        return session;
    }

    /** A fresh session for a user who just proved who they are (a login, or a password change). */
    public NewSession startSession(UserAccount account, boolean totpPending) {
        var secret = Secrets.newSecret();
        var expiresAt = clock.instant().plus(SESSION_LIFETIME);
        sessions.create(Secrets.sha256(secret), account.id(), account.securityStamp(), totpPending, expiresAt);
        var user = new SignedInUser(account.id(), account.username(), account.displayName(), account.roles(), totpPending);
        return new NewSession(Credentials.session(tenant.id(), secret), user, expiresAt);
    }

    public void logout(String cookie, SignedInUser user, RequestOrigin origin) {
        Credentials.secretOfSession(cookie).ifPresent(secret -> sessions.delete(Secrets.sha256(secret)));
        audit.append(new AuditEntry(AuditAction.LOGOUT, AuditOutcome.SUCCESS, user.id(), user.username(), null, origin),
                tenant.id());
    }

    public Optional<SignedInUser> bySession(String cookie) {
        if (!Credentials.tenantOfSession(cookie).map(tenant.id()::equals).orElse(false)) {
            return Optional.empty();
        }
        return Credentials.secretOfSession(cookie)
                .flatMap(secret -> sessions.resolve(Secrets.sha256(secret), clock.instant(), IDLE_TIMEOUT));
    }

    public Optional<SignedInUser> byApiToken(String token) {
        if (!Credentials.tenantOfApiToken(token).map(tenant.id()::equals).orElse(false)) {
            return Optional.empty();
        }
        return Credentials.secretOfApiToken(token)
                .flatMap(secret -> tokens.resolve(Secrets.sha256(secret), clock.instant()));
    }

    private IdentityRefusal failed(String key, UserAccount user, String why, Instant now, RequestOrigin origin) {
        int failures = attempts.recordFailure(key);
        var wait = LoginThrottlePolicy.waitAfter(failures);
        if (!wait.isZero()) {
            attempts.lockUntil(key, now.plus(wait));
        }
        record(AuditOutcome.FAILURE, user, user == null ? key : user.username(), why, origin);
        return new IdentityRefusal(Reason.INVALID_CREDENTIALS, "Wrong username or password");
    }

    private void record(AuditOutcome outcome, UserAccount user, String username, String detail, RequestOrigin origin) {
        audit.append(new AuditEntry(AuditAction.LOGIN, outcome, user == null ? null : user.id(), username, detail, origin),
                tenant.id());
    }
}
