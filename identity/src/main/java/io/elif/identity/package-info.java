/**
 * Identity: users and their roles, login and sessions, API tokens, the security audit trail.
 * Stands alone: it depends on no other module. Its API (this package) serves the application's
 * security filter chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.elif.identity;
