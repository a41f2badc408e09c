package io.elif.catalog.adapter.web;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Money travels as a decimal string ("2500.00") so that no client rounds it through a float. */
final class Amounts {

    private Amounts() {
    }

    static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    static Map<PriceLevel, String> texts(Map<PriceLevel, BigDecimal> prices) {
        var texts = new EnumMap<PriceLevel, String>(PriceLevel.class);
        prices.forEach((level, amount) -> texts.put(level, text(amount)));
        return texts;
    }
}
