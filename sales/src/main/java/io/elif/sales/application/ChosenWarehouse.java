package io.elif.sales.application;

import io.elif.inventory.Inventory;
import io.elif.inventory.Warehouse;
import io.elif.kernel.InvalidInputException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The warehouse a document names: the default one when it names none, else an active one (400 otherwise). */
@Component
class ChosenWarehouse {

    private final Inventory inventory;

    ChosenWarehouse(Inventory inventory) {
        this.inventory = inventory;
    }

    UUID resolve(UUID requested) {
        var warehouses = inventory.warehouses();
        if (requested == null) {
            return warehouses.stream().filter(Warehouse::isDefault).findFirst().orElseThrow().id();
        }
        return warehouses.stream().filter(warehouse -> warehouse.id().equals(requested) && warehouse.active())
                .findFirst().map(Warehouse::id)
                .orElseThrow(() -> new InvalidInputException("warehouseId", "no such active warehouse"));
    }
}
