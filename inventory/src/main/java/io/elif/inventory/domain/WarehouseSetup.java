package io.elif.inventory.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.inventory.StockStateException;
import io.elif.inventory.Warehouse;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The rules of setting warehouses and locations up: the codes' shape, names, the default warehouse and location
 * stay in use, and negative stock is not forbidden where the warehouse still holds some.
 */
public final class WarehouseSetup {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final int NAME_MAX = 100;

    private WarehouseSetup() {
    }

    /** A new warehouse, with its one default location MAIN. */
    public static Warehouse newWarehouse(String code, String name, boolean allowNegativeStock) {
        return new Warehouse(UUID.randomUUID(), code(code), name(name), allowNegativeStock, true, false,
                List.of(new Warehouse.Location(UUID.randomUUID(), "MAIN", "Main", true, true)));
    }

    public static Warehouse.Location newLocation(String code, String name) {
        return new Warehouse.Location(UUID.randomUUID(), code(code), name(name), true, false);
    }

    /**
     * The warehouse as changed. The default warehouse stays in use; negative stock is forbidden only where
     * {@code holdsNegativeStock} says none is held (asked only when the setting is switched off).
     */
    public static Warehouse changed(Warehouse warehouse, String name, boolean allowNegativeStock, boolean active,
                                    BooleanSupplier holdsNegativeStock) {
        if (warehouse.isDefault() && !active) {
            throw new StockStateException("The default warehouse " + warehouse.code() + " stays in use");
        }
        if (warehouse.allowNegativeStock() && !allowNegativeStock && holdsNegativeStock.getAsBoolean()) {
            throw new StockStateException("Warehouse " + warehouse.code()
                    + " holds negative or over-reserved stock: correct it before forbidding negative stock");
        }
        return new Warehouse(warehouse.id(), warehouse.code(), name(name), allowNegativeStock, active, warehouse.isDefault(),
                warehouse.locations());
    }

    /** The location as changed; the default location stays in use. */
    public static Warehouse.Location changed(Warehouse.Location location, String name, boolean active) {
        if (location.isDefault() && !active) {
            throw new StockStateException("The default location " + location.code() + " stays in use");
        }
        return new Warehouse.Location(location.id(), location.code(), name(name), active, location.isDefault());
    }

    /** 1 to 20 letters, digits, _ or -, upper-cased. */
    static String code(String code) {
        var normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new InvalidInputException("code", "has 1 to 20 letters, digits, _ or -");
        }
        return normalised;
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidInputException("name", "is required, at most " + NAME_MAX + " characters");
        }
        return name.strip();
    }
}
