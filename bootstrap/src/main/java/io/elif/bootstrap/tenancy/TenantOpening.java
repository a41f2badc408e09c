package io.elif.bootstrap.tenancy;

/**
 * Work done for a tenant once its schemas are current and before it serves (its first administrator, repairs,
 * resubmitting its incomplete events), with the tenant bound to the thread. Runs on the migration threads, in the
 * beans' order; a failure is logged and the tenant still opens.
 */
public interface TenantOpening {

    /** The work, for the log ("repairing stock cards"). */
    String what();

    /** The work for the tenant bound to this thread. */
    void open();
}
