/**
 * Sales: customers, sales orders and counter sales today; payments, deposits, returns and receipts arrive with their
 * slices of issue 10. Its API (this package) holds only what others use: bootstrap's demo data registers customers
 * through {@link io.elif.sales.CustomerRegistration}; the events {@link io.elif.sales.SaleCompleted} and
 * {@link io.elif.sales.SaleCancelled} are for reporting; the refusals are what the API answers. The documents print the
 * letterhead of the kernel's {@link io.elif.kernel.CurrentCompany}, which bootstrap implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package io.elif.sales;
