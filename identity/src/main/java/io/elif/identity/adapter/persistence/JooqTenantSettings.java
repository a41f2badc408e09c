package io.elif.identity.adapter.persistence;

import io.elif.identity.application.TenantSettings;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import static io.elif.identity.adapter.persistence.jooq.Tables.TENANT_SETTING;

@Repository
class JooqTenantSettings implements TenantSettings {

    private final DSLContext dsl;

    JooqTenantSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean requireTotpForAdmins() {
        return dsl.fetchValue(TENANT_SETTING.REQUIRE_TOTP_FOR_ADMINS);
    }

    @Override
    public void requireTotpForAdmins(boolean required) {
        dsl.update(TENANT_SETTING).set(TENANT_SETTING.REQUIRE_TOTP_FOR_ADMINS, required).execute();
    }
}
