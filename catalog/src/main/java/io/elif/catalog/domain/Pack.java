package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.catalog.NewPack;
import io.elif.catalog.PackSize;

import java.util.Objects;
import java.util.UUID;

/** A product-specific grouping of a whole number ({@link PackSize}) of base units; it may carry its own barcode. */
public record Pack(UUID id, UUID productId, String name, int unitsPerPack, Gtin barcode) {

    public static final int NAME_MAX = 100;

    public Pack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        name = Text.required(name, "name", NAME_MAX);
        if (unitsPerPack < PackSize.MIN || unitsPerPack > PackSize.MAX) {
            throw new InvalidInputException("unitsPerPack", "must be from " + PackSize.MIN + " to " + PackSize.MAX);
        }
    }

    public static Pack create(UUID productId, NewPack pack) {
        return new Pack(UUID.randomUUID(), productId, pack.name(), pack.unitsPerPack(), barcode(pack.barcode()));
    }

    /** The pack with a new name and barcode (null for none); its size never changes. */
    public Pack change(String newName, String newBarcode) {
        return new Pack(id, productId, newName, unitsPerPack, barcode(newBarcode));
    }

    /** How many base units a number of these packs holds; exact, never rounded. */
    public long baseUnits(long packs) {
        return Math.multiplyExact(packs, unitsPerPack);
    }

    private static Gtin barcode(String code) {
        return code == null || code.isBlank() ? null : Gtin.of(code, "barcode");
    }
}
