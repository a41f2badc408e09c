package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.catalog.NewPack;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PackTest {

    @Test
    void holdsAnExactMultipleOfTheBaseUnit() {
        var crate = Pack.create(UUID.randomUUID(), new NewPack(" Crate of 24 ", 24, "5449000131805", Map.of()));

        assertThat(crate.baseUnits(3)).isEqualTo(72);
        assertThat(crate.name()).isEqualTo("Crate of 24");
        assertThat(crate.barcode().code()).isEqualTo("5449000131805");
    }

    @Test
    void holdsTwoToTenThousandUnits() {
        for (var units : new int[]{1, 0, -6, 10_001, Integer.MAX_VALUE}) {
            assertThatExceptionOfType(InvalidInputException.class)
                    .isThrownBy(() -> Pack.create(UUID.randomUUID(), new NewPack("Single", units, null, Map.of())))
                    .satisfies(e -> assertThat(e.field()).contains("unitsPerPack"));
        }
        assertThat(Pack.create(UUID.randomUUID(), new NewPack("Pallet", 10_000, null, Map.of())).unitsPerPack()).isEqualTo(10_000);
    }

    @Test
    void neverOverflowsSilently() {
        var pallet = Pack.create(UUID.randomUUID(), new NewPack("Pallet", 1440, null, Map.of()));

        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> pallet.baseUnits(Long.MAX_VALUE / 1000));
    }

    @Test
    void keepsItsSizeWhenRenamedAndMayLoseItsBarcode() {
        var pack = Pack.create(UUID.randomUUID(), new NewPack("Pack of 6", 6, "5449000131805", Map.of()));

        var renamed = pack.change("Six-pack", null);

        assertThat(renamed.unitsPerPack()).isEqualTo(6);
        assertThat(renamed.barcode()).isNull();
        assertThat(renamed.id()).isEqualTo(pack.id());
    }
}
