package io.elif.bootstrap.tenancy;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * The operators' tenant lifecycle, under {@code /actuator/} and so behind the operator token only (no tenant user
 * has it): list the tenants, onboard one, suspend and resume one, read the registry again now. Each change is a
 * tenant file, which this instance reads at once and the others on their next reload. Not part of the tenants' API
 * (nor of its OpenAPI document).
 */
@RestController
class TenantOperatorController {

    private final Tenants tenants;
    private final TenantRegistry registry;
    private final TenantOnboarding onboarding;

    TenantOperatorController(Tenants tenants, TenantRegistry registry, TenancyProperties properties) {
        this.tenants = tenants;
        this.registry = registry;
        this.onboarding = new TenantOnboarding(properties.onboarding(), registry.files().orElse(null), tenants::isKnown);
    }

    record TenantView(String id, String state, boolean suspended, String source) {
    }

    @GetMapping("/actuator/tenants")
    List<TenantView> list() {
        return tenants.ids().stream().map(this::view).toList();
    }

    @PostMapping("/actuator/tenants")
    ResponseEntity<TenantOnboarding.Onboarded> onboard(@RequestBody TenantOnboarding.NewTenant request) {
        var onboarded = onboarding.onboard(request);
        registry.reload();
        return ResponseEntity.created(URI.create("/actuator/health/tenants/" + onboarded.id())).body(onboarded);
    }

    @PostMapping("/actuator/tenants/{id}/suspend")
    TenantView suspend(@PathVariable String id) {
        onboarding.suspend(id, true);
        registry.reload();
        return view(new TenantId(id));
    }

    @PostMapping("/actuator/tenants/{id}/resume")
    TenantView resume(@PathVariable String id) {
        onboarding.suspend(id, false);
        registry.reload();
        return view(new TenantId(id));
    }

    @PostMapping("/actuator/tenant-registry/reload")
    List<TenantView> reload() {
        registry.reload();
        return list();
    }

    private TenantView view(TenantId tenant) {
        return new TenantView(tenant.value(), tenants.state(tenant).name(), tenants.isSuspended(tenant),
                registry.fromRegistry(tenant) ? "registry" : "configuration");
    }
}
