/**
 * Identity: users and their roles, login and sessions, API tokens, the security audit trail.
 * Stands alone: it depends on no other module. Its API (this package) is what bootstrap uses: the
 * security filter chain (Authenticator, SignedInUser, Credentials, Role, SecurityAudit and its entries),
 * the tenant filter (Credentials), tenant provisioning (UserProvisioning), and the one thing identity
 * asks of the application (CurrentTenant).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.elif.identity;
