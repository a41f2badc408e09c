package io.elif.catalog;

/** The smallest unit a product's stock is counted in; quantities are whole numbers of it. */
public enum BaseUnit {
    BOTTLE, CAN, PIECE, LITRE, KILOGRAM, PACK
}
