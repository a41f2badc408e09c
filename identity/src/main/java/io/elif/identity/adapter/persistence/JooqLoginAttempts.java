package io.elif.identity.adapter.persistence;

import io.elif.identity.application.LoginAttempts;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.jooq.Tables.LOGIN_THROTTLE;

@Repository
class JooqLoginAttempts implements LoginAttempts {

    private final DSLContext dsl;

    JooqLoginAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> lockedUntil(String loginKey) {
        return dsl.select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LOGIN_KEY.eq(loginKey), LOGIN_THROTTLE.LOCKED_UNTIL.isNotNull())
                .fetchOptional(row -> row.value1().toInstant());
    }

    /** Atomic under concurrent failures: one upsert per failure. */
    @Override
    public int recordFailure(String loginKey) {
        return dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.LOGIN_KEY, loginKey)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .onConflict(LOGIN_THROTTLE.LOGIN_KEY)
                .doUpdate().set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES.plus(1))
                .set(LOGIN_THROTTLE.UPDATED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .returning(LOGIN_THROTTLE.FAILURES)
                .fetchSingle(LOGIN_THROTTLE.FAILURES);
    }

    @Override
    public void lockUntil(String loginKey, Instant until) {
        dsl.update(LOGIN_THROTTLE).set(LOGIN_THROTTLE.LOCKED_UNTIL, at(until))
                .where(LOGIN_THROTTLE.LOGIN_KEY.eq(loginKey)).execute();
    }

    @Override
    public void clear(String loginKey) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.eq(loginKey)).execute();
    }
}
