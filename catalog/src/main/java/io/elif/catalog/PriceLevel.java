package io.elif.catalog;

/** The standard price levels a customer is sold at, and the wholesale price. */
public enum PriceLevel {
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5, WHOLESALE
}
