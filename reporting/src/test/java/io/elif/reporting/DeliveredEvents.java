package io.elif.reporting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The module test's event history: the events the test delivered, in order (bootstrap reads the registry). */
public class DeliveredEvents implements EventHistory {

    private final List<Object> delivered = new CopyOnWriteArrayList<>();

    void add(Object event) {
        delivered.add(event);
    }

    @Override
    public void replay(Consumer<Object> events) {
        delivered.forEach(events);
    }
}
