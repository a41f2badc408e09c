package io.elif.identity.adapter.persistence;

import io.elif.identity.application.LoginAttempts;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

import static io.elif.identity.adapter.persistence.Timestamps.at;
import static io.elif.identity.adapter.persistence.jooq.Tables.LOGIN_THROTTLE;

@Repository
class JooqLoginAttempts implements LoginAttempts {

    private final DSLContext dsl;

    JooqLoginAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, Instant> lockedUntil(Collection<String> keys, Instant now) {
        return dsl.select(LOGIN_THROTTLE.LOGIN_KEY, LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LOGIN_KEY.in(keys), LOGIN_THROTTLE.LOCKED_UNTIL.gt(at(now)))
                .fetchMap(LOGIN_THROTTLE.LOGIN_KEY, row -> row.value2().toInstant());
    }

    /** Atomic under concurrent failures: one upsert; rows in key order, so two of them never deadlock. */
    @Override
    public Map<String, Integer> recordFailure(Collection<String> keys) {
        var insert = dsl.insertInto(LOGIN_THROTTLE, LOGIN_THROTTLE.LOGIN_KEY, LOGIN_THROTTLE.FAILURES);
        for (var key : new TreeSet<>(keys)) {
            insert = insert.values(key, 1);
        }
        return insert.onConflict(LOGIN_THROTTLE.LOGIN_KEY)
                .doUpdate().set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES.plus(1))
                .set(LOGIN_THROTTLE.UPDATED_AT, DSL.currentOffsetDateTime())
                .returning(LOGIN_THROTTLE.LOGIN_KEY, LOGIN_THROTTLE.FAILURES)
                .fetchMap(LOGIN_THROTTLE.LOGIN_KEY, LOGIN_THROTTLE.FAILURES);
    }

    @Override
    public void lockUntil(Collection<String> keys, Instant until) {
        dsl.update(LOGIN_THROTTLE).set(LOGIN_THROTTLE.LOCKED_UNTIL, at(until))
                .where(LOGIN_THROTTLE.LOGIN_KEY.in(keys)).execute();
    }

    @Override
    public void clear(Collection<String> keys) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.in(keys)).execute();
    }
}
