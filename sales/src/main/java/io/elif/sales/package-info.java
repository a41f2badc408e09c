/**
 * Sales: customers, sales orders and point of sale, payments, deposits, returns, receipts. Declared so that the module map is whole; its business arrives with its own issue,
 * together with its schema, migrations and generated jOOQ classes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package io.elif.sales;
