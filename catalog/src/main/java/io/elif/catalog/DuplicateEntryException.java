package io.elif.catalog;

import io.elif.kernel.Refusal;

import java.util.Map;

/** Something that must be unique in the tenant's catalogue is taken; nothing was written. */
public class DuplicateEntryException extends Refusal {

    /** What is taken. */
    public enum Entry {
        SKU("SKU", "duplicate-sku"), BARCODE("barcode", "duplicate-barcode"),
        CATEGORY_NAME("category name", "duplicate-category"), TAX_CLASS_NAME("tax class name", "duplicate-tax-class"),
        CONTAINER_CODE("container code", "duplicate-container-code");

        private final String label;
        private final String problemType;

        Entry(String label, String problemType) {
            this.label = label;
            this.problemType = problemType;
        }
    }

    private final Entry entry;
    private final String value;

    public DuplicateEntryException(Entry entry, String value) {
        super(Kind.CONFLICT, entry.problemType, "Already taken", "The " + entry.label + " " + value + " is already taken",
                Map.of("value", value));
        this.entry = entry;
        this.value = value;
    }

    public Entry entry() {
        return entry;
    }

    public String value() {
        return value;
    }
}
