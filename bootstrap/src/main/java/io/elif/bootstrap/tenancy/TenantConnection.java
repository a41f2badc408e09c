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
                               Company company, Owner owner, String readOnlyRole, boolean suspended) {

    /**
     * The role that owns the tenant's database and runs its migrations, when it is not the application's role
     * ({@code username}): the application's role then only reads and writes rows (see {@link TenantGrants}).
     */
    public record Owner(String username, String password) {

        @Override
        public String toString() {
            return "Owner[username=" + username + "]";
        }
    }

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

    public TenantConnection(String url, String username, String password, FirstAdmin firstAdmin, ZoneId timeZone,
                            Company company) {
        this(url, username, password, firstAdmin, timeZone, company, null, null, false);
    }

    /** The same tenant, suspended or not. */
    public TenantConnection withSuspended(boolean suspended) {
        return new TenantConnection(url, username, password, firstAdmin, timeZone, company, owner, readOnlyRole, suspended);
    }

    /** Whether both reach the same database the same way (only the suspension, letterhead or zone may differ). */
    boolean sameDatabase(TenantConnection other) {
        return url.equals(other.url) && java.util.Objects.equals(username, other.username)
                && java.util.Objects.equals(password, other.password) && java.util.Objects.equals(owner, other.owner)
                && java.util.Objects.equals(readOnlyRole, other.readOnlyRole);
    }

    @ConstructorBinding
    public TenantConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a tenant's url must be a jdbc:postgresql: URL");
        }
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        company = company == null ? new Company(null, null, null, null) : company;
        if (owner != null && (owner.username() == null || owner.username().isBlank())) {
            owner = null;
        }
        readOnlyRole = readOnlyRole == null || readOnlyRole.isBlank() ? null : readOnlyRole.strip();
    }

    @Override
    public String toString() {
        return "TenantConnection[url=" + url + ", username=" + username + ", firstAdmin=" + firstAdmin
                + ", timeZone=" + timeZone + ", company=" + company + ", owner=" + owner + ", readOnlyRole=" + readOnlyRole
                + ", suspended=" + suspended + "]";
    }
}
