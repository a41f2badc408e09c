package io.elif.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A tax rate products share, in percent (0 to 100, two decimals). */
public record TaxClass(UUID id, String name, BigDecimal rate) {
}
