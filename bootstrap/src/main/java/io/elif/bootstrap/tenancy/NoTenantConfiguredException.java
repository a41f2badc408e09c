package io.elif.bootstrap.tenancy;

/**
 * Start-up refused: the production profile is active and no tenant is configured. The embedded demo tenants,
 * whose accounts' passwords are public, never stand in for real ones in production.
 */
public class NoTenantConfiguredException extends IllegalStateException {

    static final String WHAT_TO_CONFIGURE = """
            Configure each tenant's PostgreSQL database and first administrator, as properties or as \
            environment variables (ELIF_TENANTS_<ID>_URL and so on):
                elif.tenants.<id>.url                    jdbc:postgresql://<host>:5432/<database>
                elif.tenants.<id>.username
                elif.tenants.<id>.password
                elif.tenants.<id>.first-admin.username   the first administrator, created while the tenant has no user
                elif.tenants.<id>.first-admin.email
                elif.tenants.<id>.first-admin.password
            A tenant id is 1 to 63 lowercase letters, digits or '_'. See docs/operations.md.""";

    NoTenantConfiguredException() {
        super("No tenant is configured (elif.tenants.<id>.url, .username, .password), and the embedded demo "
                + "tenants do not start with the prod profile.\n" + WHAT_TO_CONFIGURE);
    }
}
