package io.elif.catalog;

/**
 * The tenant's catalogue settings.
 *
 * @param currency                ISO 4217 code of every amount in the tenant, e.g. MGA
 * @param salesPricesIncludeTax   sales prices are stated with tax
 * @param purchaseCostsIncludeTax purchase costs are stated with tax
 */
public record CatalogSettings(String currency, boolean salesPricesIncludeTax, boolean purchaseCostsIncludeTax) {
}
