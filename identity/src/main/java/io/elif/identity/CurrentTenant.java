package io.elif.identity;

/**
 * The tenant the current request or job works for, provided by the application: identity stays
 * tenant-agnostic, but names the tenant in credentials, audit records and authenticator labels.
 */
public interface CurrentTenant {

    String id();
}
