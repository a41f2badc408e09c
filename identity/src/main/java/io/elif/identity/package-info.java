/**
 * Identity: users, roles, login, API tokens, security audit trail. Declared so that the module map is whole; its business arrives with its own issue,
 * together with its schema, migrations and generated jOOQ classes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.elif.identity;
