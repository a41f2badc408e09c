package io.elif.sales.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A completed sale that still owes something (or, for the sale being paid, what it owes now). */
public record OpenSale(UUID saleId, String number, BigDecimal owed) {

    public OpenSale {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(owed, "owed");
    }
}
