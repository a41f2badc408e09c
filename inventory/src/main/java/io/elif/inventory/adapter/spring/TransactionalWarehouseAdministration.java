package io.elif.inventory.adapter.spring;

import io.elif.inventory.InvalidStockRequestException;
import io.elif.inventory.StockStateException;
import io.elif.inventory.UnknownStockDocumentException;
import io.elif.inventory.Warehouse;
import io.elif.inventory.WarehouseAdministration;
import io.elif.inventory.application.Warehouses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A CRUD corner: the rules are the codes' shape, one default, and no negative stock left where it is no longer allowed. */
@Service
@Transactional(readOnly = true)
class TransactionalWarehouseAdministration implements WarehouseAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final int NAME_MAX = 100;

    private final Warehouses warehouses;

    TransactionalWarehouseAdministration(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @Override
    public List<Warehouse> warehouses() {
        return warehouses.all();
    }

    @Override
    @Transactional
    public Warehouse createWarehouse(String code, String name, boolean allowNegativeStock) {
        var id = UUID.randomUUID();
        warehouses.add(new Warehouse(id, code(code), name(name), allowNegativeStock, true, false,
                List.of(new Warehouse.Location(UUID.randomUUID(), "MAIN", "Main", true, true))));
        return warehouses.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public Warehouse updateWarehouse(UUID id, String name, boolean allowNegativeStock, boolean active) {
        var warehouse = warehouses.byId(id).orElseThrow(() -> new UnknownStockDocumentException("warehouse", id));
        if (warehouse.isDefault() && !active) {
            throw new StockStateException("The default warehouse " + warehouse.code() + " stays in use");
        }
        if (warehouse.allowNegativeStock() && !allowNegativeStock && warehouses.holdsNegativeStock(id)) {
            throw new StockStateException("Warehouse " + warehouse.code()
                    + " holds negative or over-reserved stock: correct it before forbidding negative stock");
        }
        warehouses.update(id, name(name), allowNegativeStock, active);
        return warehouses.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public Warehouse.Location addLocation(UUID warehouseId, String code, String name) {
        warehouses.byId(warehouseId).orElseThrow(() -> new UnknownStockDocumentException("warehouse", warehouseId));
        var location = new Warehouse.Location(UUID.randomUUID(), code(code), name(name), true, false);
        warehouses.addLocation(warehouseId, location);
        return location;
    }

    @Override
    @Transactional
    public Warehouse.Location updateLocation(UUID warehouseId, UUID locationId, String name, boolean active) {
        var location = warehouses.byId(warehouseId).stream().flatMap(warehouse -> warehouse.locations().stream())
                .filter(candidate -> candidate.id().equals(locationId)).findFirst()
                .orElseThrow(() -> new UnknownStockDocumentException("location", locationId));
        if (location.isDefault() && !active) {
            throw new StockStateException("The default location " + location.code() + " stays in use");
        }
        warehouses.updateLocation(locationId, name(name), active);
        return new Warehouse.Location(locationId, location.code(), name(name), active, location.isDefault());
    }

    private static String code(String code) {
        var normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new InvalidStockRequestException("code", "has 1 to 20 letters, digits, _ or -");
        }
        return normalised;
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidStockRequestException("name", "is required, at most " + NAME_MAX + " characters");
        }
        return name.strip();
    }
}
