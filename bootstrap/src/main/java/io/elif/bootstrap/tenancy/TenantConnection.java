package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where a tenant's database is, the administrator to create when the tenant has no user yet, and the time
 * zone whose calendar day is the tenant's business day (UTC unless configured). No password appears in toString.
 */
public record TenantConnection(String url, String username, String password, FirstAdmin firstAdmin, ZoneId timeZone) {

    public record FirstAdmin(String username, String email, String displayName, String password) {

        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + ", email=" + email + "]";
        }
    }

    public TenantConnection(String url, String username, String password) {
        this(url, username, password, null, null);
    }

    @ConstructorBinding
    public TenantConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a tenant's url must be a jdbc:postgresql: URL");
        }
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
    }

    @Override
    public String toString() {
        return "TenantConnection[url=" + url + ", username=" + username + ", firstAdmin=" + firstAdmin
                + ", timeZone=" + timeZone + "]";
    }
}
