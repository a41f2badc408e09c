package io.elif.bootstrap.events;

import io.elif.reporting.EventHistory;
import org.jooq.DSLContext;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Reporting's event history: the publications of the tenant's registry addressed to one of reporting's listeners
 * (completed or not; the registry keeps completed ones), oldest first, read through a cursor in the caller's
 * transaction and deserialized as the registry serialized them.
 */
@Component
class PublishedEventHistory implements EventHistory {

    private static final String REPORTING_LISTENERS = "io.elif.reporting.%";
    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;
    private final EventSerializer serializer;

    PublishedEventHistory(DSLContext dsl, EventSerializer serializer) {
        this.dsl = dsl;
        this.serializer = serializer;
    }

    @Override
    public void replay(Consumer<Object> events) {
        try (var cursor = dsl.resultQuery("select event_type, serialized_event from events.event_publication "
                        + "where listener_id like ? order by publication_date, id", REPORTING_LISTENERS)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var row : cursor) {
                events.accept(serializer.deserialize(row.get(1, String.class), type(row.get(0, String.class))));
            }
        }
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name, false, PublishedEventHistory.class.getClassLoader());
        } catch (ClassNotFoundException gone) {
            throw new IllegalStateException("a published event's type no longer exists: " + name, gone);
        }
    }
}
