package io.elif.bootstrap.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's one clock: the instant of its base clock, in the time zone of the tenant bound to the
 * thread (UTC when none is), so that {@code LocalDate.now(clock)} is the tenant's business day wherever the
 * server runs. Tests give it a fixed base.
 */
public final class TenantClock extends Clock {

    private final Clock base;
    private final Tenants tenants;

    public TenantClock(Clock base, Tenants tenants) {
        this.base = base;
        this.tenants = tenants;
    }

    @Override
    public ZoneId getZone() {
        return TenantContext.current()
                .flatMap(tenants::connection)
                .<ZoneId>map(TenantConnection::timeZone)
                .orElse(ZoneOffset.UTC);
    }

    /** A clock fixed to one zone, whatever tenant is bound later. */
    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone);
    }

    @Override
    public Instant instant() {
        return base.instant();
    }
}
