package io.elif.bootstrap.tenancy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator what to configure in Spring Boot's "APPLICATION FAILED TO START" block, not a stack trace. */
class NoTenantConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoTenantConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoTenantConfiguredException cause) {
        return new FailureAnalysis("The prod profile is active and no tenant is configured; the embedded demo tenants "
                + "do not start in production.", NoTenantConfiguredException.WHAT_TO_CONFIGURE, cause);
    }
}
