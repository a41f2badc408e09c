package io.elif.sales;

/**
 * The company the current request works for, provided by the application (bootstrap, from the tenant's
 * configuration): sales stays tenant-agnostic but prints the tenant's letterhead on its documents.
 */
public interface CurrentCompany {

    Company company();
}
