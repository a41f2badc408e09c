package io.elif.catalog;

/** Something that must be unique in the tenant's catalogue is taken; nothing was written. */
public class DuplicateEntryException extends RuntimeException {

    public enum Kind {
        SKU("SKU"), BARCODE("barcode"), CATEGORY_NAME("category name"), TAX_CLASS_NAME("tax class name"),
        CONTAINER_CODE("container code");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;
    private final String value;

    public DuplicateEntryException(Kind kind, String value) {
        super("The " + kind.label + " " + value + " is already taken");
        this.kind = kind;
        this.value = value;
    }

    public Kind kind() {
        return kind;
    }

    public String value() {
        return value;
    }
}
