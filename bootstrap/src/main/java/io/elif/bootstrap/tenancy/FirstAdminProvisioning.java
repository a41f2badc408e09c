package io.elif.bootstrap.tenancy;

import io.elif.identity.UserProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives each configured tenant without any user its first administrator, from
 * {@code elif.tenants.<id>.first-admin.*}. There is no other way in: no anonymous registration.
 */
@Component
class FirstAdminProvisioning {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminProvisioning.class);

    private final Tenants tenants;
    private final UserProvisioning provisioning;

    FirstAdminProvisioning(Tenants tenants, UserProvisioning provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void provisionFirstAdmins() {
        for (var tenant : tenants.ids()) {
            var admin = tenants.connection(tenant).map(TenantConnection::firstAdmin).orElse(null);
            if (admin == null || !tenants.isUp(tenant)) {
                continue;
            }
            try {
                var created = TenantContext.callAs(tenant, () -> provisioning.provisionFirstAdmin(admin.username(),
                        admin.email(), admin.displayName() == null ? admin.username() : admin.displayName(), admin.password()));
                if (created) {
                    log.info("tenant {}: first administrator {} created", tenant, admin.username());
                }
            } catch (RuntimeException e) {
                log.error("tenant {}: the first administrator could not be created: {}", tenant, e.getMessage());
            }
        }
    }
}
