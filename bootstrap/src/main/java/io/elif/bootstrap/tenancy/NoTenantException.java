package io.elif.bootstrap.tenancy;

/** Raised when tenant data is reached without a tenant: the fail-closed guard of the routing. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant is bound to this thread; tenant data cannot be reached");
    }
}
