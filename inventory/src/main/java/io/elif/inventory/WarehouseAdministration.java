package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** Warehouses and their locations, as administrators set them up. */
public interface WarehouseAdministration {

    List<Warehouse> warehouses();

    /** Creates the warehouse with one default location, MAIN. @throws DuplicateCodeException when the code is taken */
    Warehouse createWarehouse(String code, String name, boolean allowNegativeStock);

    Warehouse updateWarehouse(UUID id, String name, boolean allowNegativeStock, boolean active);

    Warehouse.Location addLocation(UUID warehouseId, String code, String name);

    Warehouse.Location updateLocation(UUID warehouseId, UUID locationId, String name, boolean active);
}
