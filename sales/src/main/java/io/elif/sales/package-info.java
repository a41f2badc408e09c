/**
 * Sales: customers today; sales orders and point of sale, payments, deposits, returns and receipts arrive with
 * their slices of issue 10. Its API (this package) holds only what others use: bootstrap's demo data registers
 * customers through {@link io.elif.sales.CustomerRegistration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package io.elif.sales;
