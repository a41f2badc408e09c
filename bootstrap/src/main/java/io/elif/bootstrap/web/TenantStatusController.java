package io.elif.bootstrap.web;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which tenant a client is talking to and whether it serves: the apps' connection indicator. */
@Tag(name = "Tenant", description = "Which company a client is talking to")
@RestController
class TenantStatusController {

    private final Tenants tenants;

    TenantStatusController(Tenants tenants) {
        this.tenants = tenants;
    }

    @Operation(summary = "Which tenant this request reaches and whether it serves")
    @GetMapping("/api/tenant")
    TenantStatus current() {
        var tenant = TenantContext.current().orElseThrow();
        return new TenantStatus(tenant.value(), tenants.state(tenant).name());
    }

    record TenantStatus(String id, String status) {
    }
}
