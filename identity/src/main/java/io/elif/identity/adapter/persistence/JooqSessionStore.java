package io.elif.identity.adapter.persistence;

import io.elif.identity.SignedInUser;
import io.elif.identity.application.SessionStore;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.jooq.Tables.USER_ACCOUNT;
import static io.elif.identity.adapter.persistence.jooq.Tables.USER_SESSION;

@Repository
class JooqSessionStore implements SessionStore {

    /** Activity is written at most this often, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final DSLContext dsl;

    JooqSessionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void create(byte[] tokenHash, UUID userId, long securityStamp, boolean totpPending, Instant expiresAt) {
        dsl.insertInto(USER_SESSION)
                .set(USER_SESSION.TOKEN_HASH, tokenHash)
                .set(USER_SESSION.USER_ID, userId)
                .set(USER_SESSION.SECURITY_STAMP, securityStamp)
                .set(USER_SESSION.TOTP_PENDING, totpPending)
                .set(USER_SESSION.EXPIRES_AT, at(expiresAt))
                .execute();
    }

    @Override
    public Optional<SignedInUser> resolve(byte[] tokenHash, Instant now, Duration idleTimeout) {
        var row = dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ROLES,
                        USER_SESSION.TOTP_PENDING, USER_SESSION.LAST_SEEN_AT)
                .from(USER_SESSION).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(USER_SESSION.USER_ID))
                .where(USER_SESSION.TOKEN_HASH.eq(tokenHash),
                        USER_SESSION.EXPIRES_AT.gt(at(now)),
                        USER_SESSION.LAST_SEEN_AT.gt(at(now.minus(idleTimeout))),
                        USER_SESSION.SECURITY_STAMP.eq(USER_ACCOUNT.SECURITY_STAMP),
                        USER_ACCOUNT.ACTIVE.isTrue())
                .fetchOptional();
        row.filter(found -> found.value6().toInstant().isBefore(now.minus(TOUCH_INTERVAL)))
                .ifPresent(stale -> dsl.update(USER_SESSION).set(USER_SESSION.LAST_SEEN_AT, at(now))
                        .where(USER_SESSION.TOKEN_HASH.eq(tokenHash)).execute());
        return row.map(found -> new SignedInUser(found.value1(), found.value2(), found.value3(),
                JooqUserAccounts.roles(found.value4()), found.value5(), false));
    }

    @Override
    public void delete(byte[] tokenHash) {
        dsl.deleteFrom(USER_SESSION).where(USER_SESSION.TOKEN_HASH.eq(tokenHash)).execute();
    }

    @Override
    public void completeTotpSetup(UUID userId) {
        dsl.update(USER_SESSION).set(USER_SESSION.TOTP_PENDING, false).where(USER_SESSION.USER_ID.eq(userId)).execute();
    }

    @Override
    public int deleteAll(UUID userId) {
        return dsl.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(userId)).execute();
    }
}
