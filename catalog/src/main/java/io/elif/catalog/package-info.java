/**
 * Catalog: what the distributor sells. Its API (this package) is the only part other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package io.elif.catalog;
