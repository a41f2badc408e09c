package io.elif.bootstrap.tenancy;

import java.util.regex.Pattern;

/** A tenant's id: lowercase letters, digits and underscore, as used in host names and configuration keys. */
public record TenantId(String value) implements Comparable<TenantId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9_]{1,63}");

    public TenantId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a tenant id is 1 to 63 lowercase letters, digits or '_': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
