package io.elif.catalog;

/**
 * The tenant's catalogue settings.
 *
 * @param currency                ISO 4217 code of every amount in the tenant, e.g. MGA
 * @param salesPricesIncludeTax   sales prices are stated with tax
 * @param purchaseCostsIncludeTax purchase costs are stated with tax
 */
public record CatalogSettings(String currency, boolean salesPricesIncludeTax, boolean purchaseCostsIncludeTax) {

    /**
     * Currencies whose smallest coin in use is the whole unit, although ISO 4217 gives them a minor unit: the
     * ariary's iraimbilanja (1/5) and the ouguiya's khoums are not used, so amounts are counted in whole units.
     */
    private static final java.util.Set<String> COUNTED_IN_WHOLE_UNITS = java.util.Set.of("MGA", "MRU");

    /**
     * The tenant's money unit as decimals: what every amount a document computes (a line of a sale, its tax) is
     * rounded to, half up. 0 for MGA (whole ariary), ISO 4217's minor unit otherwise (2 for EUR, 0 for XOF), never
     * more than the 2 decimals amounts are stored with.
     */
    public int moneyScale() {
        if (COUNTED_IN_WHOLE_UNITS.contains(currency)) {
            return 0;
        }
        try {
            return Math.clamp(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0, 2);
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }
}
