package io.elif.identity.adapter.web;

import io.elif.identity.SignedInUser;
import io.elif.identity.adapter.web.IdentityWebRecords.AuditPage;
import io.elif.identity.adapter.web.IdentityWebRecords.SettingsBody;
import io.elif.identity.application.AuditFilter;
import io.elif.identity.application.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The security audit trail and the tenant's security settings, for administrators. */
@Tag(name = "Security audit and settings", description = "The audit trail and security settings, for administrators")
@RestController
class AuditController {

    private final AuditTrail auditTrail;
    private final IdentityWebMapper mapper;

    AuditController(AuditTrail auditTrail, IdentityWebMapper mapper) {
        this.auditTrail = auditTrail;
        this.mapper = mapper;
    }

    @Operation(summary = "Search the security audit trail by action, outcome, user and days, newest first")
    @GetMapping("/api/identity/audit")
    AuditPage search(@RequestParam(required = false) @Size(max = 40) String action,
                     @RequestParam(required = false) @Size(max = 20) String outcome,
                     @RequestParam(required = false) @Size(max = 100) String username,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return mapper.toAuditPage(auditTrail.search(new AuditFilter(action, outcome, username, from, to), page, size));
    }

    @Operation(summary = "Read the tenant's security settings")
    @GetMapping("/api/identity/settings")
    SettingsBody settings() {
        return new SettingsBody(auditTrail.requireTotpForAdmins());
    }

    @Operation(summary = "Change the tenant's security settings (two-factor authentication required of administrators)")
    @PutMapping("/api/identity/settings")
    SettingsBody updateSettings(@Valid @RequestBody SettingsBody body, @AuthenticationPrincipal SignedInUser actor,
                                HttpServletRequest request) {
        auditTrail.requireTotpForAdmins(body.requireTotpForAdmins(), actor, Origins.of(request));
        return settings();
    }
}
