package io.elif.identity.application;

import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.CurrentTenant;
import io.elif.identity.RequestOrigin;
import io.elif.identity.SignedInUser;
import io.elif.identity.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The one place where everything a user holds ends at once: every session and every API token.
 * Called within the transaction of each change after which nothing issued before may act for the user:
 * their password changed (by them, or reset by an administrator) and their account disabled. The same
 * change moves the account's security stamp on, so a session started concurrently under the old stamp
 * is refused as well. It has no transaction of its own: called outside its caller's, it refuses to run.
 * It also tells RecentSessions when what a user's sessions resolve to changes, so this instance sees it at once.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class HeldCredentials {

    private final SessionStore sessions;
    private final ApiTokenStore tokens;
    private final AuditLog audit;
    private final CurrentTenant tenant;
    private final RecentSessions recent;
    private final Clock clock;

    public HeldCredentials(SessionStore sessions, ApiTokenStore tokens, AuditLog audit, CurrentTenant tenant,
                           RecentSessions recent, Clock clock) {
        this.sessions = sessions;
        this.recent = recent;
        this.tokens = tokens;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** @param cause why, for the audit trail ("password changed") */
    void revokeAll(UserAccount user, String cause, SignedInUser actor, RequestOrigin origin) {
        int endedSessions = sessions.deleteAll(user.id());
        recent.forgetUser(tenant.id(), user.id());
        int revokedTokens = tokens.revokeAll(user.id(), clock.instant());
        var detail = "user %s: %d session(s) ended, %d API token(s) revoked (%s)"
                .formatted(user.username(), endedSessions, revokedTokens, cause);
        audit.append(new AuditEntry(AuditAction.CREDENTIALS_REVOKED, AuditOutcome.SUCCESS, actor.id(), actor.username(),
                detail, origin), tenant.id());
    }

    /** The user's roles or two-factor state changed: their sessions stay, and the next request reads the change. */
    void changed(UserAccount user) {
        recent.forgetUser(tenant.id(), user.id());
    }
}
