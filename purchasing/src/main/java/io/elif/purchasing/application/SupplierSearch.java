package io.elif.purchasing.application;

/** Text in the name, code, contact or phone, whatever the case; active null for both; sorted by name then code. */
public record SupplierSearch(String text, Boolean active, int page, int size) {

    public SupplierSearch {
        text = text == null ? "" : text.strip();
    }
}
