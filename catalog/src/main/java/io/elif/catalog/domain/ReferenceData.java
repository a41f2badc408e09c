package io.elif.catalog.domain;

import io.elif.catalog.ContainerKind;
import io.elif.kernel.InvalidInputException;
import io.elif.catalog.TaxClass;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/** The rules of the catalogue's small reference tables: categories, tax classes, container types. */
public final class ReferenceData {

    public static final int NAME_MAX = 100;
    public static final String CONTAINER_CODE_FORMAT = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private ReferenceData() {
    }

    public static Category category(UUID id, String name, boolean sellable) {
        return new Category(id, Text.required(name, "name", NAME_MAX), sellable);
    }

    public static TaxClass taxClass(UUID id, String name, BigDecimal rate) {
        return new TaxClass(id, Text.required(name, "name", NAME_MAX), TaxRate.of(rate, "rate"));
    }

    /** Container codes are upper-cased, like SKUs. */
    public static ContainerType containerType(UUID id, String code, String name, ContainerKind kind, BigDecimal deposit) {
        var stripped = code == null ? "" : code.strip();
        if (!stripped.matches(CONTAINER_CODE_FORMAT)) {
            throw new InvalidInputException("code", "must be 1 to 40 letters, digits, '.', '-' or '_'");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "must not be null");
        }
        return new ContainerType(id, stripped.toUpperCase(Locale.ROOT), Text.required(name, "name", NAME_MAX), kind,
                Money.amount(deposit, "deposit"));
    }
}
