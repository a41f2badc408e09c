/**
 * Reporting: read models fed by events, dashboards, reports, exports. Declared so that the module map is whole; its business arrives with its own issue,
 * together with its schema, migrations and generated jOOQ classes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package io.elif.reporting;
