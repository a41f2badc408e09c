package io.elif.inventory.application;

import io.elif.inventory.Warehouse;
import io.elif.inventory.domain.Location;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Warehouses and locations, as stored. */
public interface Warehouses {

    List<Warehouse> all();

    Optional<Warehouse> byId(UUID id);

    Optional<Location> location(UUID locationId);

    Location defaultLocation();

    Location defaultLocation(UUID warehouseId);

    /** @throws io.elif.inventory.DuplicateCodeException when the code is taken */
    void add(Warehouse warehouse);

    /** The database applies the negative-stock setting to the warehouse's balances as well. */
    void update(UUID id, String name, boolean allowNegativeStock, boolean active);

    /** Whether a balance of the warehouse is below zero or reserved beyond its stock. */
    boolean holdsNegativeStock(UUID warehouseId);

    void addLocation(UUID warehouseId, Warehouse.Location location);

    void updateLocation(UUID locationId, String name, boolean active);
}
