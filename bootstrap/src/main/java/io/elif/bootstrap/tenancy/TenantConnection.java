package io.elif.bootstrap.tenancy;

/** Where a tenant's database is. The password never appears in toString. */
public record TenantConnection(String url, String username, String password) {

    public TenantConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a tenant's url must be a jdbc:postgresql: URL");
        }
    }

    @Override
    public String toString() {
        return "TenantConnection[url=" + url + ", username=" + username + "]";
    }
}
