package io.elif.identity.adapter.spring;

import io.elif.identity.Role;
import io.elif.identity.SignedInUser;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CaffeineRecentSessionsTest {

    private final MovingClock clock = new MovingClock();
    private final CaffeineRecentSessions recent = new CaffeineRecentSessions(clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aSessionIsReadOnceWithinTheLifetimeAndAgainAfterIt() {
        var user = user();
        assertThat(resolve("demo", hash(1), user)).contains(user);
        assertThat(resolve("demo", hash(1), user)).contains(user);
        assertThat(reads).hasValue(1);

        clock.move(CaffeineRecentSessions.LIFETIME.plusMillis(1));
        assertThat(resolve("demo", hash(1), user)).contains(user);
        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnknownSessionIsReadEachTime() {
        assertThat(resolve("demo", hash(2), null)).isEmpty();
        assertThat(resolve("demo", hash(2), null)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void tenantsDoNotShareSessions() {
        var user = user();
        resolve("demo", hash(3), user);
        assertThat(resolve("acme", hash(3), null)).as("the same hash in another tenant").isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void forgettingASessionOrAUserReadsAgain() {
        var user = user();
        var other = user();
        resolve("demo", hash(4), user);
        resolve("demo", hash(5), user);
        resolve("demo", hash(6), other);
        resolve("acme", hash(7), user);

        recent.forget("demo", hash(4));
        recent.forgetUser("demo", user.id());
        reads.set(0);

        resolve("demo", hash(4), user);
        resolve("demo", hash(5), user);
        resolve("demo", hash(6), other);
        resolve("acme", hash(7), user);
        assertThat(reads).as("the user's two sessions in demo, not the other user's nor acme's").hasValue(2);
    }

    private Optional<SignedInUser> resolve(String tenant, byte[] hash, SignedInUser found) {
        return recent.resolve(tenant, hash, () -> {
            reads.incrementAndGet();
            return Optional.ofNullable(found);
        });
    }

    private static byte[] hash(int n) {
        var hash = new byte[32];
        hash[0] = (byte) n;
        return hash;
    }

    private static SignedInUser user() {
        return new SignedInUser(UUID.randomUUID(), "clerk", "Clerk", Set.of(Role.SALES), false, false);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
