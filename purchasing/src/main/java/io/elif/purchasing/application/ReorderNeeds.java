package io.elif.purchasing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The products that fell below their minimum, as inventory said, kept across restarts. */
public interface ReorderNeeds {

    /** Records (or refreshes) the product's need; repeating it changes nothing more. */
    void raise(Need need);

    List<Need> all();

    /** @param maximumStock null when the product has none: then the minimum is the target */
    record Need(UUID productId, String sku, long minimumStock, Long maximumStock, Instant raisedAt) {
    }
}
