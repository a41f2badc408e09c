package io.elif.kernel;

/**
 * The company the current request works for, provided by the application (bootstrap, from the tenant's
 * configuration): the modules stay tenant-agnostic but print the tenant's letterhead on their documents.
 */
public interface CurrentCompany {

    Company company();
}
