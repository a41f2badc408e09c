package io.elif.catalog;

/** The smallest unit a product's stock is counted in; quantities are whole numbers of it. A fixed list. */
public enum BaseUnit {
    BOTTLE("Bottle"), CAN("Can"), PIECE("Piece"), LITRE("Litre"), KILOGRAM("Kilogram"), PACK("Pack");

    private final String displayName;

    BaseUnit(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
