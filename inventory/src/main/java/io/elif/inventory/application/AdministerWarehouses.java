package io.elif.inventory.application;

import io.elif.kernel.NotFoundException;
import io.elif.inventory.Warehouse;
import io.elif.inventory.domain.WarehouseSetup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Warehouses and their locations, as administrators set them up; the rules are {@link WarehouseSetup}'s. */
@Service
@Transactional
public class AdministerWarehouses {

    private final Warehouses warehouses;

    AdministerWarehouses(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        return warehouses.all();
    }

    /** The warehouse with one default location, MAIN. @throws io.elif.inventory.DuplicateCodeException when the code is taken */
    public Warehouse createWarehouse(String code, String name, boolean allowNegativeStock) {
        var warehouse = WarehouseSetup.newWarehouse(code, name, allowNegativeStock);
        warehouses.add(warehouse);
        return warehouses.byId(warehouse.id()).orElseThrow();
    }

    public Warehouse updateWarehouse(UUID id, String name, boolean allowNegativeStock, boolean active) {
        var warehouse = warehouses.byId(id).orElseThrow(() -> new NotFoundException("No warehouse " + id));
        var changed = WarehouseSetup.changed(warehouse, name, allowNegativeStock, active,
                () -> warehouses.holdsNegativeStock(id));
        warehouses.update(id, changed.name(), changed.allowNegativeStock(), changed.active());
        return warehouses.byId(id).orElseThrow();
    }

    public Warehouse.Location addLocation(UUID warehouseId, String code, String name) {
        warehouses.byId(warehouseId).orElseThrow(() -> new NotFoundException("No warehouse " + warehouseId));
        var location = WarehouseSetup.newLocation(code, name);
        warehouses.addLocation(warehouseId, location);
        return location;
    }

    public Warehouse.Location updateLocation(UUID warehouseId, UUID locationId, String name, boolean active) {
        var location = warehouses.byId(warehouseId).stream().flatMap(warehouse -> warehouse.locations().stream())
                .filter(candidate -> candidate.id().equals(locationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No location " + locationId));
        var changed = WarehouseSetup.changed(location, name, active);
        warehouses.updateLocation(locationId, changed.name(), changed.active());
        return changed;
    }
}
