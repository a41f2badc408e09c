package io.elif.inventory.domain;

import java.util.UUID;

/** A location where stock is kept, with what stock rules need to know of its warehouse. */
public record Location(UUID locationId, String locationCode, boolean locationActive, UUID warehouseId, String warehouseCode,
                       boolean warehouseActive, boolean allowNegativeStock) {

    /** Stock can be booked in and out here: the location and its warehouse are in use. */
    public boolean inUse() {
        return locationActive && warehouseActive;
    }
}
