package io.elif.bootstrap.embedded;

import io.elif.bootstrap.tenancy.TenantId;
import io.elif.catalog.PriceLevel;
import io.elif.sales.CustomerRegistration;
import io.elif.sales.NewCustomer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Six customers of a Malagasy drinks wholesaler for each demo tenant (shops, bars, a hotel, a wholesale customer on
 * 60 days with a credit limit), beside the walk-in customer the sales migration creates. Registered through the
 * sales module's API, in the transaction DemoData seeds the tenant in, and only while the tenant has no customer
 * but the walk-in one.
 */
final class DemoCustomers {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    /** The wholesale customer's credit limit in each demo tenant's currency (MGA whole ariary, EUR cents). */
    private static final Map<String, String> WHOLESALE_CREDIT = Map.of("demo", "5000000", "acme", "2000.00");
    private static final Map<String, String> BAR_CREDIT = Map.of("demo", "500000", "acme", "200.00");

    private final CustomerRegistration customers;

    DemoCustomers(CustomerRegistration customers) {
        this.customers = customers;
    }

    void seed(TenantId tenant) {
        if (!customers.onlyWalkIn()) {
            return;
        }
        var wholesaleCredit = new BigDecimal(WHOLESALE_CREDIT.getOrDefault(tenant.value(), "0"));
        var barCredit = new BigDecimal(BAR_CREDIT.getOrDefault(tenant.value(), "0"));
        var demo = List.of(
                new NewCustomer(null, "Épicerie Rasoa", "+261 34 12 345 67", "", "Lot II M 45 Analakely\nAntananarivo 101",
                        PriceLevel.LEVEL_1, 0, BigDecimal.ZERO),
                new NewCustomer(null, "Bar Le Zébu d'Or", "+261 32 05 678 90", "zebudor@gmail.com",
                        "Avenue de l'Indépendance\nAntananarivo 101", PriceLevel.LEVEL_2, 15, barCredit),
                new NewCustomer(null, "Snack Chez Fara", "+261 33 11 222 33", "", "Marché d'Isotry, pavillon 3",
                        PriceLevel.LEVEL_1, 0, BigDecimal.ZERO),
                new NewCustomer(null, "Hôtel Colbert", "+261 20 22 202 02", "achats@hotel-colbert.mg",
                        "29 rue Prince Ratsimamanga\nAntananarivo 101", PriceLevel.LEVEL_3, 30, barCredit),
                new NewCustomer("GROS-ANDO", "Grossiste Ando Boissons", "+261 34 98 765 43", "ando.boissons@gmail.com",
                        "Route d'Ambohimanarina\nAntananarivo 101", PriceLevel.WHOLESALE, 60, wholesaleCredit),
                new NewCustomer(null, "Épicerie Tahina", "+261 38 44 555 66", "", "Ambohijatovo\nAntananarivo 101",
                        PriceLevel.LEVEL_2, 30, BigDecimal.ZERO));
        demo.forEach(customers::register);
        log.info("tenant {}: {} demo customers created", tenant, demo.size());
    }
}
