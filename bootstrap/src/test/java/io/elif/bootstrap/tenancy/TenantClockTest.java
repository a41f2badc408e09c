package io.elif.bootstrap.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TenantClockTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-02T22:30:00Z");

    private final Tenants tenants = new Tenants(Map.of(
            new TenantId("antananarivo"), new TenantConnection("jdbc:postgresql://127.0.0.1:1/a", "a", "a", null,
                    ZoneId.of("Indian/Antananarivo")),
            new TenantId("plain"), new TenantConnection("jdbc:postgresql://127.0.0.1:1/b", "b", "b")));
    private final Clock clock = new TenantClock(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), tenants);

    @Test
    void theBusinessDayIsTheBoundTenantsCalendarDay() {
        var there = TenantContext.callAs(new TenantId("antananarivo"), () -> LocalDate.now(clock));
        var plain = TenantContext.callAs(new TenantId("plain"), () -> LocalDate.now(clock));

        assertThat(there).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(plain).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theZoneIsConfiguredPerTenant() {
        var source = new MapConfigurationPropertySource(Map.of(
                "elif.tenants.shop.url", "jdbc:postgresql://127.0.0.1:1/shop",
                "elif.tenants.shop.time-zone", "Indian/Antananarivo",
                "elif.tenants.other.url", "jdbc:postgresql://127.0.0.1:1/other"));

        var tenants = new Binder(source).bind("elif", TenancyProperties.class).get().tenants();

        assertThat(tenants.get("shop").timeZone()).isEqualTo(ZoneId.of("Indian/Antananarivo"));
        assertThat(tenants.get("other").timeZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void withoutATenantItIsUtcAndTheInstantIsTheBaseClocks() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.instant()).isEqualTo(LATE_EVENING_UTC);
        assertThat(clock.withZone(ZoneId.of("Indian/Antananarivo")).getZone()).isEqualTo(ZoneId.of("Indian/Antananarivo"));
    }
}
