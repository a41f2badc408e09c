/**
 * Inventory: how much of each product is where. Its API (this package) is the only part other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package io.elif.inventory;
