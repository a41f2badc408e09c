package io.elif.bootstrap.tenancy;

public class TenantUnavailableException extends RuntimeException {

    public TenantUnavailableException(TenantId tenant) {
        super("Tenant " + tenant + " is unavailable");
    }
}
