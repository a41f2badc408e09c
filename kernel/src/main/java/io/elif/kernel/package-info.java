/**
 * The shared kernel: what every module needs and no module owns. Today the refusals a module throws when
 * it will not do what it was asked, which the API answers as RFC 9457 problems in one place, and the tenant's
 * money unit every amount is rounded to (sales' documents, reporting's figures). Plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel")
package io.elif.kernel;
