package io.elif.catalog;

import java.util.UUID;

/**
 * A product sold by its base unit ({@code packId} null) or by one of its packs.
 */
public record ItemRef(UUID productId, UUID packId) {
}
