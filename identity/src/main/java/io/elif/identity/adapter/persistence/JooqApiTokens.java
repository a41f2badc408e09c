package io.elif.identity.adapter.persistence;

import io.elif.identity.SignedInUser;
import io.elif.identity.application.ApiToken;
import io.elif.identity.application.ApiTokenStore;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.Timestamps.instant;
import static io.elif.identity.adapter.persistence.jooq.Tables.API_TOKEN;
import static io.elif.identity.adapter.persistence.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqApiTokens implements ApiTokenStore {

    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private final DSLContext dsl;

    JooqApiTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(UUID id, UUID userId, String name, byte[] tokenHash) {
        dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, id)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .execute();
    }

    @Override
    public List<ApiToken> of(UUID userId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(row -> new ApiToken(row.getId(), row.getName(), instant(row.getCreatedAt()),
                        instant(row.getLastUsedAt()), instant(row.getRevokedAt())));
    }

    @Override
    public boolean revoke(UUID userId, UUID tokenId, Instant now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at(now))
                .where(API_TOKEN.ID.eq(tokenId), API_TOKEN.USER_ID.eq(userId), API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public int revokeAll(UUID userId, Instant now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at(now))
                .where(API_TOKEN.USER_ID.eq(userId), API_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public Optional<SignedInUser> resolve(byte[] tokenHash, Instant now) {
        var row = dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ROLES,
                        API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash), API_TOKEN.REVOKED_AT.isNull(), USER_ACCOUNT.ACTIVE.isTrue())
                .fetchOptional();
        row.filter(found -> found.value5() == null || found.value5().toInstant().isBefore(now.minus(USE_RECORDING_INTERVAL)))
                .ifPresent(stale -> dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at(now))
                        .where(API_TOKEN.TOKEN_HASH.eq(tokenHash)).execute());
        return row.map(found -> new SignedInUser(found.value1(), found.value2(), found.value3(),
                JooqUserAccounts.roles(found.value4()), false, true));
    }
}
