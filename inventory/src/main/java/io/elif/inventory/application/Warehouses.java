package io.elif.inventory.application;

import io.elif.inventory.Warehouse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Warehouses and locations, as stored. */
public interface Warehouses {

    /** A location with what stock rules need to know of its warehouse. */
    record Place(UUID locationId, String locationCode, boolean locationActive, UUID warehouseId, String warehouseCode,
                 boolean warehouseActive, boolean allowNegativeStock) {
    }

    List<Warehouse> all();

    Optional<Warehouse> byId(UUID id);

    Optional<Place> place(UUID locationId);

    Place defaultPlace();

    Place defaultPlace(UUID warehouseId);

    /** @throws io.elif.inventory.DuplicateCodeException when the code is taken */
    void add(Warehouse warehouse);

    /** The database applies the negative-stock setting to the warehouse's balances as well. */
    void update(UUID id, String name, boolean allowNegativeStock, boolean active);

    /** Whether a balance of the warehouse is below zero or reserved beyond its stock. */
    boolean holdsNegativeStock(UUID warehouseId);

    void addLocation(UUID warehouseId, Warehouse.Location location);

    void updateLocation(UUID locationId, String name, boolean active);
}
