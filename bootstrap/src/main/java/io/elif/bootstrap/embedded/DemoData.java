package io.elif.bootstrap.embedded;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantId;
import io.elif.bootstrap.tenancy.Tenants;
import io.elif.bootstrap.web.SinglePageApps;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.NewProduct;
import io.elif.identity.Role;
import io.elif.identity.UserProvisioning;
import io.elif.inventory.Inventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small beverage catalogue with opening stock for each demo tenant, created once through the
 * modules' own APIs (so the events flow as in real use) and never again after a restart.
 */
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record Item(String sku, String name, String category, BaseUnit unit, String price, long stock) {
    }

    private static final Map<String, List<Item>> CATALOGUES = Map.of(
            "demo", List.of(
                    new Item("THB-65", "THB Pilsener 65cl", "Beer", BaseUnit.BOTTLE, "3500", 480),
                    new Item("THB-33", "THB Pilsener 33cl", "Beer", BaseUnit.BOTTLE, "2200", 720),
                    new Item("GOLD-65", "Gold Blonde 65cl", "Beer", BaseUnit.BOTTLE, "3600", 240),
                    new Item("COKE-33", "Coca-Cola 33cl", "Soft drinks", BaseUnit.CAN, "2000", 600),
                    new Item("COKE-100", "Coca-Cola 1L", "Soft drinks", BaseUnit.BOTTLE, "4000", 144),
                    new Item("FANTA-33", "Fanta Orange 33cl", "Soft drinks", BaseUnit.CAN, "2000", 360),
                    new Item("EAU-VIVE-150", "Eau Vive 1.5L", "Water", BaseUnit.BOTTLE, "2500", 300),
                    new Item("DZAMA-70", "Dzama Rhum Blanc 70cl", "Spirits", BaseUnit.BOTTLE, "25000", 36)),
            "acme", List.of(
                    new Item("HEIN-33", "Heineken 33cl", "Beer", BaseUnit.BOTTLE, "1.60", 960),
                    new Item("EVIAN-150", "Evian 1.5L", "Water", BaseUnit.BOTTLE, "1.10", 540),
                    new Item("ORANGINA-25", "Orangina 25cl", "Soft drinks", BaseUnit.BOTTLE, "1.35", 288),
                    new Item("SCHWEPPES-100", "Schweppes Tonic 1L", "Soft drinks", BaseUnit.BOTTLE, "2.05", 120)));

    /** One demo account per role, the same in each demo tenant; printed at start-up, never used outside the demo. */
    static final List<UserProvisioning.NewAccount> DEMO_ACCOUNTS = List.of(
            new UserProvisioning.NewAccount("admin", "admin@elif.example", "Ada Admin", Set.of(Role.ADMIN), "admin-demo-2026"),
            new UserProvisioning.NewAccount("manager", "manager@elif.example", "Manu Manager", Set.of(Role.MANAGER), "manager-demo-2026"),
            new UserProvisioning.NewAccount("sales", "sales@elif.example", "Sandra Sales", Set.of(Role.SALES), "sales-demo-2026"),
            new UserProvisioning.NewAccount("warehouse", "warehouse@elif.example", "Willy Warehouse", Set.of(Role.WAREHOUSE),
                    "warehouse-demo-2026"));

    private final Tenants tenants;
    private final Catalog catalog;
    private final Inventory inventory;
    private final UserProvisioning users;

    DemoData(Tenants tenants, Catalog catalog, Inventory inventory, UserProvisioning users) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.inventory = inventory;
        this.users = users;
    }

    @EventListener
    void seedEmptyDemoTenants(ApplicationReadyEvent ready) {
        for (var tenant : EmbeddedDemoTenants.DEMO_TENANTS) {
            if (tenants.isUp(tenant)) {
                TenantContext.runAs(tenant, () -> seed(tenant));
            }
        }
        var port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        var urls = new StringBuilder("ELIF is ready with the embedded demo tenants. Open:");
        for (var tenant : EmbeddedDemoTenants.DEMO_TENANTS) {
            for (var app : SinglePageApps.APPS) {
                urls.append("%n  http://%s.localhost:%s/%s/".formatted(tenant, port, app));
            }
        }
        urls.append("%nDemo accounts in both tenants (username / password):".formatted());
        DEMO_ACCOUNTS.forEach(account -> urls.append("%n  %-9s / %s  (%s)".formatted(account.username(),
                account.password(), account.roles().iterator().next())));
        log.info(urls.toString());
    }

    private void seed(TenantId tenant) {
        users.provisionUsers(DEMO_ACCOUNTS);
        if (catalog.countProducts() > 0) {
            return;
        }
        var items = CATALOGUES.getOrDefault(tenant.value(), List.of());
        for (var item : items) {
            var product = catalog.createProduct(
                    new NewProduct(item.sku(), item.name(), item.category(), item.unit(), new BigDecimal(item.price())));
            inventory.receive(product.id(), item.stock(), "OPENING-STOCK");
        }
        log.info("tenant {}: demo catalogue of {} products with opening stock created", tenant, items.size());
    }
}
