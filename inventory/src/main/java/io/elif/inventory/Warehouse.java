package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** A warehouse and its locations (front store, back store, bins); exactly one warehouse is the default. */
public record Warehouse(UUID id, String code, String name, boolean allowNegativeStock, boolean active, boolean isDefault,
                        List<Location> locations) {

    /** A place in a warehouse; each warehouse has one default location where stock goes unless told otherwise. */
    public record Location(UUID id, String code, String name, boolean active, boolean isDefault) {
    }
}
