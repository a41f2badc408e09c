package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where a tenant's database is, the administrator to create when the tenant has no user yet, the time zone whose
 * calendar day is the tenant's business day (UTC unless configured) and the company its documents name
 * ({@code elif.tenants.<id>.company.name|address|phone|tax-id}; without a name, the tenant's id). No password
 * appears in toString.
 */
public record TenantConnection(String url, String username, String password, FirstAdmin firstAdmin, ZoneId timeZone,
                               Company company) {

    /** The letterhead of the tenant's invoices and receipts; every field optional. */
    public record Company(String name, String address, String phone, String taxId) {
    }

    public record FirstAdmin(String username, String email, String displayName, String password) {

        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + ", email=" + email + "]";
        }
    }

    public TenantConnection(String url, String username, String password) {
        this(url, username, password, null, null, null);
    }

    public TenantConnection(String url, String username, String password, FirstAdmin firstAdmin, ZoneId timeZone) {
        this(url, username, password, firstAdmin, timeZone, null);
    }

    @ConstructorBinding
    public TenantConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a tenant's url must be a jdbc:postgresql: URL");
        }
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        company = company == null ? new Company(null, null, null, null) : company;
    }

    @Override
    public String toString() {
        return "TenantConnection[url=" + url + ", username=" + username + ", firstAdmin=" + firstAdmin
                + ", timeZone=" + timeZone + ", company=" + company + "]";
    }
}
