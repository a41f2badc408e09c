package io.elif.bootstrap.tenancy;

import io.elif.identity.UserProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a configured tenant without any user its first administrator when it opens, from
 * {@code elif.tenants.<id>.first-admin.*}. There is no other way in: no anonymous registration.
 */
@Component
@Order(0)
class FirstAdminProvisioning implements TenantOpening {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminProvisioning.class);

    private final Tenants tenants;
    private final UserProvisioning provisioning;

    FirstAdminProvisioning(Tenants tenants, UserProvisioning provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    @Override
    public String what() {
        return "creating the first administrator";
    }

    @Override
    public void open() {
        var tenant = TenantContext.current().orElseThrow(NoTenantException::new);
        var admin = tenants.connection(tenant).map(TenantConnection::firstAdmin).orElse(null);
        if (admin == null) {
            return;
        }
        var created = provisioning.provisionFirstAdmin(admin.username(), admin.email(),
                admin.displayName() == null ? admin.username() : admin.displayName(), admin.password());
        if (created) {
            log.info("tenant {}: first administrator {} created", tenant, admin.username());
        }
    }
}
