package io.elif.identity.application;

public interface TenantSettings {

    boolean requireTotpForAdmins();

    void requireTotpForAdmins(boolean required);
}
