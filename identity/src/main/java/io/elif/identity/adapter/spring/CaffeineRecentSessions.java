package io.elif.identity.adapter.spring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.elif.identity.SignedInUser;
import io.elif.identity.application.RecentSessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Recent sessions in a Caffeine cache: an entry lives {@link #LIFETIME} after it was read, at most
 * {@value #MAXIMUM} entries, on the application's clock.
 */
@Component
public class CaffeineRecentSessions implements RecentSessions {

    static final Duration LIFETIME = Duration.ofSeconds(10);
    static final int MAXIMUM = 20_000;

    private final Cache<Key, SignedInUser> entries;

    public CaffeineRecentSessions(Clock clock) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(LIFETIME)
                .maximumSize(MAXIMUM)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public Optional<SignedInUser> resolve(String tenant, byte[] sessionHash, Supplier<Optional<SignedInUser>> read) {
        var key = new Key(tenant, ByteBuffer.wrap(sessionHash));
        var known = entries.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        var found = read.get();
        found.ifPresent(user -> entries.put(key, user));
        return found;
    }

    @Override
    public void forget(String tenant, byte[] sessionHash) {
        entries.invalidate(new Key(tenant, ByteBuffer.wrap(sessionHash)));
    }

    /** Now, and again when the calling transaction ends: a request that read the old state meanwhile would keep it. */
    @Override
    public void forgetUser(String tenant, UUID userId) {
        forgetNow(tenant, userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow(tenant, userId);
                }
            });
        }
    }

    private void forgetNow(String tenant, UUID userId) {
        entries.asMap().entrySet().removeIf(entry -> entry.getKey().tenant().equals(tenant)
                && entry.getValue().id().equals(userId));
    }

    /** A ByteBuffer compares its content, as the hash's array would not. */
    private record Key(String tenant, ByteBuffer sessionHash) {
    }
}
