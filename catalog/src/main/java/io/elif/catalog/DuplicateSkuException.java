package io.elif.catalog;

public class DuplicateSkuException extends DuplicateEntryException {

    public DuplicateSkuException(String sku) {
        super(Entry.SKU, sku);
    }

    public String sku() {
        return value();
    }
}
