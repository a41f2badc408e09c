package io.elif.inventory.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.inventory.StockStateException;
import io.elif.inventory.Warehouse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WarehouseSetupTest {

    @Test
    void aNewWarehouseHasAnUpperCasedCodeATrimmedNameAndOneDefaultLocation() {
        var warehouse = WarehouseSetup.newWarehouse(" depot-2 ", " Depot ", false);

        assertThat(warehouse.code()).isEqualTo("DEPOT-2");
        assertThat(warehouse.name()).isEqualTo("Depot");
        assertThat(warehouse.locations()).singleElement().satisfies(location -> {
            assertThat(location.code()).isEqualTo("MAIN");
            assertThat(location.isDefault()).isTrue();
        });
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> WarehouseSetup.newWarehouse("two words", "Depot", false));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> WarehouseSetup.newLocation("BIN", " "));
    }

    @Test
    void theDefaultStaysInUseAndNegativeStockIsForbiddenOnlyWhereNoneIsHeld() {
        var main = new Warehouse(UUID.randomUUID(), "MAIN", "Main", true, true, true, List.of());

        assertThatExceptionOfType(StockStateException.class)
                .isThrownBy(() -> WarehouseSetup.changed(main, "Main", true, false, () -> false));
        assertThatExceptionOfType(StockStateException.class)
                .isThrownBy(() -> WarehouseSetup.changed(main, "Main", false, true, () -> true));
        assertThat(WarehouseSetup.changed(main, "Main store", false, true, () -> false))
                .satisfies(changed -> {
                    assertThat(changed.name()).isEqualTo("Main store");
                    assertThat(changed.allowNegativeStock()).isFalse();
                });
        var back = new Warehouse.Location(UUID.randomUUID(), "BACK", "Back", true, true);
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> WarehouseSetup.changed(back, "Back", false));
    }
}
