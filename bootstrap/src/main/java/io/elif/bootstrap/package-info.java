/**
 * The application's wiring: tenancy, event delivery per tenant, the web's error format, the SPAs,
 * and the embedded default with its demo data. Business modules do not depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bootstrap")
package io.elif.bootstrap;
