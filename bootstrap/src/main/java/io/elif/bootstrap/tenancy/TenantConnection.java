package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where a tenant's database is, and the administrator to create when the tenant has no user yet.
 * No password appears in toString.
 */
public record TenantConnection(String url, String username, String password, FirstAdmin firstAdmin) {

    public record FirstAdmin(String username, String email, String displayName, String password) {

        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + ", email=" + email + "]";
        }
    }

    public TenantConnection(String url, String username, String password) {
        this(url, username, password, null);
    }

    @ConstructorBinding
    public TenantConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a tenant's url must be a jdbc:postgresql: URL");
        }
    }

    @Override
    public String toString() {
        return "TenantConnection[url=" + url + ", username=" + username + ", firstAdmin=" + firstAdmin + "]";
    }
}
