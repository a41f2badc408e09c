package io.elif.reporting;

import java.util.function.Consumer;

/**
 * What reporting needs from outside to rebuild its read models: the events its listeners were given, as they were
 * published. Bootstrap implements it from the tenant's event publication registry.
 */
public interface EventHistory {

    /** Hands every event published to one of reporting's listeners to {@code events}, oldest first. */
    void replay(Consumer<Object> events);
}
