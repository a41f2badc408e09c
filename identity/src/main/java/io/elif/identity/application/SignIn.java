package io.elif.identity.application;

import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.Authenticator;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Logs users in and out, checks a signed-in user's password again before sensitive changes, and
 * recognises sessions and API tokens. An unknown login and a wrong password get the same answer after
 * the same work; repeated failures slow the account and the typed login down (LoginThrottlePolicy).
 * A refusal is an answer, not a failure: the failure counts and audit entries written before it commit.
 */
@Service
@Transactional(noRollbackFor = IdentityRefusal.class)
public class SignIn implements Authenticator {

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
    private final RecentSessions recent;
    private final Clock clock;
    private final String decoyHash;

    public SignIn(UserAccounts users, SessionStore sessions, ApiTokenStore tokens, LoginAttempts attempts,
                  PasswordHasher hasher, TenantSettings settings, AuditLog audit, CurrentTenant tenant,
                  RecentSessions recent, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.attempts = attempts;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.tenant = tenant;
        this.recent = recent;
        this.clock = clock;
        this.decoyHash = hasher.hash(Secrets.newSecret());
    }

    public NewSession login(String login, String password, String totpCode, RequestOrigin origin) {
        var typed = LoginThrottlePolicy.loginKey(login);
        var now = clock.instant();
        var user = users.byLogin(LoginThrottlePolicy.normaliseLogin(login));
        var name = user.map(UserAccount::username).orElse(LoginThrottlePolicy.normaliseLogin(login));
        var keys = user.map(found -> List.of(typed, LoginThrottlePolicy.accountKey(found.id()))).orElse(List.of(typed));
        var locked = attempts.lockedUntil(keys, now);
        if (locked.containsKey(typed)) {
            record(AuditOutcome.FAILURE, user.orElse(null), name, "throttled", origin);
            throw throttled(now, locked.get(typed));
        }
        var candidate = PasswordPolicy.normalise(password == null ? "" : password);
        var passwordMatches = hasher.matches(candidate, user.map(UserAccount::passwordHash).orElse(decoyHash));
        // An account slowed down through another form of its login is answered as a wrong password, after
        // the same work, and only the typed login counts: a 429 here would tell that both name one account.
        var accountWaits = !locked.isEmpty();
        if (user.isEmpty() || !passwordMatches || !user.get().active() || accountWaits) {
            throw failed(accountWaits ? List.of(typed) : keys, user.orElse(null), name,
                    accountWaits ? "throttled: too many failures on this account" : "wrong credentials", origin);
        }
        var account = user.get();
        if (account.totpEnabled()) {
            if (totpCode == null || totpCode.isBlank()) {
                throw new IdentityRefusal(Reason.TOTP_REQUIRED, "Enter the code of your authenticator app");
            }
            if (!Totp.verify(account.totpSecret(), totpCode.strip(), now)) {
                throw failed(keys, account, account.username(), "wrong authentication code", origin);
            }
        }
        attempts.clear(keys);
        var totpPending = !account.totpEnabled() && account.roles().contains(Role.ADMIN) && settings.requireTotpForAdmins();
        var session = startSession(account, totpPending);
        record(AuditOutcome.SUCCESS, account, account.username(), totpPending ? "two-factor set-up required" : null, origin);
        return session;
    }

    /**
     * A signed-in user's password, asked again before a change that needs it (their password, their
     * two-factor authentication). Guesses count against the account as failed logins do and are slowed
     * down the same way; every check is audited, passed or failed.
     *
     * @param field   the request field that carried the password, named in the refusal
     * @param purpose what the password is asked for, for the audit trail
     */
    public void confirmPassword(UserAccount account, String password, String field, String purpose,
                                RequestOrigin origin) {
        var keys = List.of(LoginThrottlePolicy.accountKey(account.id()));
        var now = clock.instant();
        var locked = attempts.lockedUntil(keys, now);
        if (!locked.isEmpty()) {
            recordCheck(AuditOutcome.FAILURE, account, "throttled: " + purpose, origin);
            throw throttled(now, locked.values().iterator().next());
        }
        if (!hasher.matches(PasswordPolicy.normalise(password == null ? "" : password), account.passwordHash())) {
            countFailure(keys);
            recordCheck(AuditOutcome.FAILURE, account, "wrong password: " + purpose, origin);
            throw IdentityRefusal.invalidField(Reason.WRONG_PASSWORD, field, "The password is wrong");
        }
        attempts.clear(keys);
        recordCheck(AuditOutcome.SUCCESS, account, purpose, origin);
    }

    /** A fresh session for a user who just proved who they are (a login, or a password change). */
    public NewSession startSession(UserAccount account, boolean totpPending) {
        var secret = Secrets.newSecret();
        var expiresAt = clock.instant().plus(SESSION_LIFETIME);
        sessions.create(Secrets.sha256(secret), account.id(), account.securityStamp(), totpPending, expiresAt);
        var user = new SignedInUser(account.id(), account.username(), account.displayName(), account.roles(), totpPending,
                false);
        return new NewSession(Credentials.session(tenant.id(), secret), user, expiresAt);
    }

    public void logout(String cookie, SignedInUser user, RequestOrigin origin) {
        Credentials.secretOfSession(cookie).map(Secrets::sha256).ifPresent(hash -> {
            sessions.delete(hash);
            recent.forget(tenant.id(), hash);
        });
        audit.append(new AuditEntry(AuditAction.LOGOUT, AuditOutcome.SUCCESS, user.id(), user.username(), null, origin),
                tenant.id());
    }

    /**
     * The check of every request, so it opens no transaction of its own and reads the database only when this
     * instance has not recognised the session in the last seconds (RecentSessions): one statement then, plus the
     * write of the session's last activity once a minute at most (SessionStore), which needs no atomicity with the
     * read. A disabled user, a changed password or role and an ended session are refused at once on this instance,
     * and within RecentSessions' lifetime on the others.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<SignedInUser> bySession(String cookie) {
        if (!Credentials.tenantOfSession(cookie).map(tenant.id()::equals).orElse(false)) {
            return Optional.empty();
        }
        return Credentials.secretOfSession(cookie).map(Secrets::sha256).flatMap(hash ->
                recent.resolve(tenant.id(), hash, () -> sessions.resolve(hash, clock.instant(), IDLE_TIMEOUT)));
    }

    /** As {@link #bySession}: no transaction of its own, the token's last use written once a minute at most. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<SignedInUser> byApiToken(String token) {
        if (!Credentials.tenantOfApiToken(token).map(tenant.id()::equals).orElse(false)) {
            return Optional.empty();
        }
        return Credentials.secretOfApiToken(token)
                .flatMap(secret -> tokens.resolve(Secrets.sha256(secret), clock.instant()));
    }

    private IdentityRefusal failed(List<String> keys, UserAccount user, String name, String why, RequestOrigin origin) {
        countFailure(keys);
        record(AuditOutcome.FAILURE, user, name, why, origin);
        return new IdentityRefusal(Reason.INVALID_CREDENTIALS, "Wrong username or password");
    }

    /**
     * One more failure on each key; a key past its free failures waits as LoginThrottlePolicy says, from
     * now: not from the attempt's start, which the password hashing may have left behind.
     */
    private void countFailure(List<String> keys) {
        var now = clock.instant();
        attempts.recordFailure(keys).entrySet().stream()
                .filter(count -> !LoginThrottlePolicy.waitAfter(count.getValue()).isZero())
                .collect(Collectors.groupingBy(count -> LoginThrottlePolicy.waitAfter(count.getValue()),
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((wait, waiting) -> attempts.lockUntil(waiting, now.plus(wait)));
    }

    private static IdentityRefusal throttled(Instant now, Instant lockedUntil) {
        return new IdentityRefusal(Reason.THROTTLED, "Too many failed attempts; try again later", null,
                Duration.between(now, lockedUntil).plusSeconds(1));
    }

    private void recordCheck(AuditOutcome outcome, UserAccount account, String detail, RequestOrigin origin) {
        audit.append(new AuditEntry(AuditAction.REAUTHENTICATION, outcome, account.id(), account.username(), detail,
                origin), tenant.id());
    }

    private void record(AuditOutcome outcome, UserAccount user, String username, String detail, RequestOrigin origin) {
        audit.append(new AuditEntry(AuditAction.LOGIN, outcome, user == null ? null : user.id(), username, detail, origin),
                tenant.id());
    }
}
