/**
 * Purchasing: suppliers, purchase orders, deliveries, reorder suggestions. Declared so that the module map is whole; its business arrives with its own issue,
 * together with its schema, migrations and generated jOOQ classes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchasing")
package io.elif.purchasing;
