package io.elif.catalog.adapter.persistence;

import io.elif.catalog.DuplicateEntryException;
import io.elif.catalog.DuplicateEntryException.Entry;
import io.elif.catalog.DuplicateSkuException;
import org.springframework.dao.DuplicateKeyException;

import java.util.Collection;
import java.util.regex.Pattern;

/** Turns a unique-constraint violation into the catalogue's refusal, by the constraint's name. */
final class Duplicates {

    private static final Pattern KEY_VALUE = Pattern.compile("\\)=\\(([^)]*)\\)");

    private Duplicates() {
    }

    static RuntimeException translate(DuplicateKeyException e, String sku, Collection<String> barcodes, String name) {
        var message = String.valueOf(e.getMessage());
        if (message.contains("product_sku_key")) {
            return new DuplicateSkuException(sku);
        }
        if (message.contains("barcode_pkey")) {
            return new DuplicateEntryException(Entry.BARCODE, keyValue(message, String.join(", ", barcodes)));
        }
        if (message.contains("category_name_key")) {
            return new DuplicateEntryException(Entry.CATEGORY_NAME, name);
        }
        if (message.contains("tax_class_name_key")) {
            return new DuplicateEntryException(Entry.TAX_CLASS_NAME, name);
        }
        if (message.contains("container_type_code_key")) {
            return new DuplicateEntryException(Entry.CONTAINER_CODE, name);
        }
        return e;
    }

    /** PostgreSQL names the duplicate value in its detail, "Key (code)=(5449000000996) already exists". */
    private static String keyValue(String message, String fallback) {
        var matcher = KEY_VALUE.matcher(message);
        return matcher.find() ? matcher.group(1) : fallback;
    }
}
