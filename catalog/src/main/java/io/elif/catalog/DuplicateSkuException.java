package io.elif.catalog;

public class DuplicateSkuException extends DuplicateEntryException {

    public DuplicateSkuException(String sku) {
        super(Kind.SKU, sku);
    }

    public String sku() {
        return value();
    }
}
