package io.elif.bootstrap.tenancy;

public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String tenant) {
        super("Unknown tenant: " + tenant);
    }
}
