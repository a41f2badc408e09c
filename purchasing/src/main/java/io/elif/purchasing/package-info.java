/**
 * Purchasing: suppliers and what they sell, purchase orders, deliveries received against them. Its API (this package)
 * holds only what others use: the event {@link io.elif.purchasing.GoodsReceived}, for reporting, and the refusals the
 * API answers. It books goods in through inventory's API and reads products and packs through the catalogue's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchasing")
package io.elif.purchasing;
