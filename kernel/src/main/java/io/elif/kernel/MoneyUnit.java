package io.elif.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The tenant's money unit: every amount a sale computes is rounded to it, half up (whole ariary for MGA, cents for
 * EUR). The scale comes from the catalogue's settings ({@code CatalogSettings.moneyScale}); amounts are stored with
 * two decimals whatever it is.
 */
public record MoneyUnit(int scale) {

    public static final int STORED_SCALE = 2;

    public MoneyUnit {
        if (scale < 0 || scale > STORED_SCALE) {
            throw new IllegalArgumentException("a money unit has 0 to " + STORED_SCALE + " decimals");
        }
    }

    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(scale, RoundingMode.HALF_UP).setScale(STORED_SCALE, RoundingMode.UNNECESSARY);
    }

    /** The tax a price that includes it holds: {@code amount x rate / (100 + rate)}, rounded. */
    public BigDecimal taxIncluded(BigDecimal amount, BigDecimal ratePercent) {
        if (ratePercent.signum() == 0) {
            return round(BigDecimal.ZERO);
        }
        var exact = amount.multiply(ratePercent).divide(BigDecimal.valueOf(100).add(ratePercent), scale + 10,
                RoundingMode.HALF_UP);
        return round(exact);
    }
}
