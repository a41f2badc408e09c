package io.elif.bootstrap.embedded;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantId;
import io.elif.bootstrap.tenancy.TenantOpening;
import io.elif.bootstrap.web.SinglePageApps;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.identity.Role;
import io.elif.identity.UserProvisioning;
import io.elif.inventory.Inventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small beverage catalogue for each demo tenant (categories with non-sellable empties, tax classes, packs
 * with barcodes, prices at several levels, returnable bottles and crates) with opening stock, created once
 * through the modules' own APIs (so the events flow as in real use) and never again after a restart.
 */
@Order(30)
class DemoData implements SmartLifecycle, TenantOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Set<String> PERISHABLE = Set.of("Soft drinks", "Water");

    /** A pack of a demo product: its size, barcode, prices by level and the containers one pack carries. */
    private record DemoPack(String name, int units, String barcode, Map<PriceLevel, String> prices,
                            Map<String, Integer> containers) {
    }

    private record Item(String sku, String name, String category, String taxClass, BaseUnit unit, String barcode,
                        Map<PriceLevel, String> prices, long stock, long minimumStock, Map<String, Integer> containers,
                        List<DemoPack> packs) {
    }

    private record Container(String code, String name, ContainerKind kind, String deposit) {
    }

    private record Catalogue(String currency, Map<String, Boolean> categories, Map<String, String> taxClasses,
                             List<Container> containers, List<Item> items) {
    }

    private static Map<PriceLevel, String> prices(String level1, String level2, String level3, String wholesale) {
        return Map.of(PriceLevel.LEVEL_1, level1, PriceLevel.LEVEL_2, level2, PriceLevel.LEVEL_3, level3,
                PriceLevel.WHOLESALE, wholesale);
    }

    private static Map<PriceLevel, String> price(String level1) {
        return Map.of(PriceLevel.LEVEL_1, level1);
    }

    private static final Map<String, Catalogue> CATALOGUES = Map.of(
            "demo", new Catalogue("MGA",
                    Map.of("Beer", true, "Soft drinks", true, "Water", true, "Spirits", true, "Empties", false),
                    Map.of("Standard", "20.00", "Zero-rated", "0.00"),
                    List.of(new Container("BTL-65", "Bottle 65cl", ContainerKind.BOTTLE, "300.00"),
                            new Container("BTL-33", "Bottle 33cl", ContainerKind.BOTTLE, "200.00"),
                            new Container("CRATE-STAR", "STAR crate", ContainerKind.CRATE, "3000.00")),
                    List.of(
                            new Item("THB-65", "THB Pilsener 65cl", "Beer", "Standard", BaseUnit.BOTTLE, "2000000000015",
                                    prices("3500", "3400", "3300", "3200"), 480, 120, Map.of("BTL-65", 1),
                                    List.of(new DemoPack("Crate of 20", 20, "2000000000022",
                                            prices("68000", "66000", "65000", "63000"), Map.of("CRATE-STAR", 1, "BTL-65", 20)))),
                            new Item("THB-33", "THB Pilsener 33cl", "Beer", "Standard", BaseUnit.BOTTLE, "2000000000039",
                                    prices("2200", "2150", "2100", "2000"), 720, 144, Map.of("BTL-33", 1),
                                    List.of(new DemoPack("Crate of 24", 24, "2000000000046",
                                            prices("51000", "50000", "49500", "47000"), Map.of("CRATE-STAR", 1, "BTL-33", 24)))),
                            new Item("GOLD-65", "Gold Blonde 65cl", "Beer", "Standard", BaseUnit.BOTTLE, "2000000000053",
                                    price("3600"), 240, 60, Map.of("BTL-65", 1),
                                    List.of(new DemoPack("Crate of 20", 20, "2000000000060", price("70000"),
                                            Map.of("CRATE-STAR", 1, "BTL-65", 20)))),
                            new Item("COKE-33", "Coca-Cola 33cl", "Soft drinks", "Standard", BaseUnit.CAN, "5449000000996",
                                    prices("2000", "1950", "1900", "1800"), 600, 96, Map.of(),
                                    List.of(new DemoPack("Pack of 6", 6, "2000000000077", prices("11500", "11200", "11000", "10500"), Map.of()),
                                            new DemoPack("Tray of 24", 24, "2000000000084", price("44000"), Map.of()))),
                            new Item("COKE-100", "Coca-Cola 1L", "Soft drinks", "Standard", BaseUnit.BOTTLE, "2000000000091",
                                    price("4000"), 144, 24, Map.of(), List.of()),
                            new Item("FANTA-33", "Fanta Orange 33cl", "Soft drinks", "Standard", BaseUnit.CAN, "2000000000107",
                                    price("2000"), 360, 48, Map.of(),
                                    List.of(new DemoPack("Pack of 6", 6, "2000000000114", price("11500"), Map.of()))),
                            new Item("EAU-VIVE-150", "Eau Vive 1.5L", "Water", "Standard", BaseUnit.BOTTLE, "2000000000121",
                                    prices("2500", "2400", "2350", "2200"), 300, 60, Map.of(),
                                    List.of(new DemoPack("Pack of 6", 6, "2000000000138", price("14000"), Map.of()))),
                            new Item("DZAMA-70", "Dzama Rhum Blanc 70cl", "Spirits", "Standard", BaseUnit.BOTTLE, "2000000000145",
                                    prices("25000", "24500", "24000", "22000"), 8, 12, Map.of(), List.of()),
                            new Item("EMPTY-STAR", "Empty STAR crate", "Empties", "Zero-rated", BaseUnit.PIECE, "2000000000152",
                                    price("3000"), 50, 0, Map.of(), List.of()))),
            "acme", new Catalogue("EUR",
                    Map.of("Beer", true, "Soft drinks", true, "Water", true, "Empties", false),
                    Map.of("Standard", "20.00", "Reduced", "5.50"),
                    List.of(new Container("BTL-25", "Returnable bottle 25cl", ContainerKind.BOTTLE, "0.20"),
                            new Container("CRATE-24", "Crate of 24", ContainerKind.CRATE, "3.00")),
                    List.of(
                            new Item("HEIN-33", "Heineken 33cl", "Beer", "Standard", BaseUnit.BOTTLE, "2000000000169",
                                    prices("1.60", "1.55", "1.50", "1.40"), 960, 240, Map.of("BTL-25", 1),
                                    List.of(new DemoPack("Crate of 24", 24, "2000000000176", prices("36.00", "35.00", "34.50", "32.00"),
                                            Map.of("CRATE-24", 1, "BTL-25", 24)))),
                            new Item("EVIAN-150", "Evian 1.5L", "Water", "Reduced", BaseUnit.BOTTLE, "2000000000183",
                                    price("1.10"), 540, 120, Map.of(),
                                    List.of(new DemoPack("Pack of 6", 6, "2000000000190", price("6.20"), Map.of()))),
                            new Item("ORANGINA-25", "Orangina 25cl", "Soft drinks", "Reduced", BaseUnit.BOTTLE, "2000000000206",
                                    price("1.35"), 288, 48, Map.of("BTL-25", 1),
                                    List.of(new DemoPack("Crate of 24", 24, "2000000000213", price("30.00"),
                                            Map.of("CRATE-24", 1, "BTL-25", 24)))),
                            new Item("SCHWEPPES-100", "Schweppes Tonic 1L", "Soft drinks", "Reduced", BaseUnit.BOTTLE,
                                    "2000000000220", price("2.05"), 120, 24, Map.of(), List.of()),
                            new Item("EMPTY-CRATE-24", "Empty crate of 24", "Empties", "Standard", BaseUnit.PIECE,
                                    "2000000000237", price("3.00"), 40, 0, Map.of(), List.of()))));

    /** One demo account per role, the same in each demo tenant; printed at start-up, never used outside the demo. */
    static final List<UserProvisioning.NewAccount> DEMO_ACCOUNTS = List.of(
            new UserProvisioning.NewAccount("admin", "admin@elif.example", "Ada Admin", Set.of(Role.ADMIN), "admin-demo-2026"),
            new UserProvisioning.NewAccount("manager", "manager@elif.example", "Manu Manager", Set.of(Role.MANAGER), "manager-demo-2026"),
            new UserProvisioning.NewAccount("sales", "sales@elif.example", "Sandra Sales", Set.of(Role.SALES), "sales-demo-2026"),
            new UserProvisioning.NewAccount("warehouse", "warehouse@elif.example", "Willy Warehouse", Set.of(Role.WAREHOUSE),
                    "warehouse-demo-2026"));

    /** How long stopping the application waits for the seeding to reach its next product and roll back. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final Catalog catalog;
    private final DemoStock stock;
    private final UserProvisioning users;
    private final DemoCustomers customers;
    private final TransactionTemplate transaction;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Semaphore seeding = new Semaphore(1);
    private volatile boolean running;

    DemoData(Catalog catalog, Inventory inventory, UserProvisioning users, Clock clock,
             PlatformTransactionManager transactions, DemoCustomers customers) {
        this.customers = customers;
        this.catalog = catalog;
        this.stock = new DemoStock(inventory, clock);
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Each demo tenant is seeded when it opens, in one transaction, so that stopping the application half-way
     * (Ctrl-C during the first start) leaves the tenant empty, and the next start seeds it whole.
     */
    @Override
    public void open() {
        var tenant = TenantContext.current().orElseThrow();
        if (!EmbeddedDemoTenants.DEMO_TENANTS.contains(tenant)) {
            return;
        }
        seeding.acquireUninterruptibly();
        try {
            if (stopping.get()) {
                throw new Stopped();
            }
            transaction.executeWithoutResult(status -> seed(tenant));
        } catch (Stopped stopped) {
            log.info("Stopped before the demo data of {} was complete; it is created at the next start", tenant);
        } finally {
            seeding.release();
        }
    }

    @Override
    public String what() {
        return "seeding the demo data";
    }

    @EventListener
    void tellWhereToGo(ApplicationReadyEvent ready) {
        var port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        var urls = new StringBuilder("ELIF is ready with the embedded demo tenants (each serves once migrated). Open:");
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
        customers.seed(tenant);
        if (catalog.countProducts() > 0) {
            return;
        }
        var catalogue = CATALOGUES.get(tenant.value());
        if (catalogue == null) {
            return;
        }
        catalog.changeSettings(new CatalogSettings(catalogue.currency(), true, false));
        var categories = new HashMap<String, UUID>();
        catalogue.categories().forEach((name, sellable) -> categories.put(name, catalog.createCategory(name, sellable)));
        var taxClasses = new HashMap<String, UUID>();
        catalog.taxClasses().forEach(taxClass -> taxClasses.put(taxClass.name(), taxClass.id()));
        catalogue.taxClasses().forEach((name, rate) -> taxClasses.computeIfAbsent(name,
                missing -> catalog.createTaxClass(name, new BigDecimal(rate))));
        var containers = new HashMap<String, UUID>();
        catalogue.containers().forEach(container -> containers.put(container.code(), catalog.createContainerType(
                container.code(), container.name(), container.kind(), new BigDecimal(container.deposit()))));
        var openings = new ArrayList<DemoStock.Opening>();
        for (var item : catalogue.items()) {
            if (stopping.get()) {
                throw new Stopped();
            }
            var product = catalog.createProduct(new NewProduct(item.sku(), item.name(), "", categories.get(item.category()),
                    taxClasses.get(item.taxClass()), item.unit(), item.minimumStock(), null, "", List.of(item.barcode()),
                    amounts(item.prices())), Catalog.SYSTEM);
            catalog.attachContainers(product, null, quantities(item.containers(), containers));
            for (var pack : item.packs()) {
                var added = catalog.addPack(product, new NewPack(pack.name(), pack.units(), pack.barcode(),
                        amounts(pack.prices())), Catalog.SYSTEM);
                catalog.attachContainers(product, added, quantities(pack.containers(), containers));
            }
            openings.add(new DemoStock.Opening(product, item.stock(), new BigDecimal(item.prices().get(PriceLevel.LEVEL_1)),
                    PERISHABLE.contains(item.category())));
        }
        stock.book(openings);
        log.info("tenant {}: demo catalogue of {} products with opening stock created", tenant, catalogue.items().size());
    }

    private static Map<PriceLevel, BigDecimal> amounts(Map<PriceLevel, String> prices) {
        var amounts = new EnumMap<PriceLevel, BigDecimal>(PriceLevel.class);
        prices.forEach((level, amount) -> amounts.put(level, new BigDecimal(amount)));
        return amounts;
    }

    private static List<ContainerQuantity> quantities(Map<String, Integer> byCode, Map<String, UUID> containers) {
        return byCode.entrySet().stream()
                .map(entry -> new ContainerQuantity(containers.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    @Override
    public void start() {
        running = true;
    }

    /** The application is stopping: the seeding rolls back at its next product, and this waits for it. */
    @Override
    public void stop() {
        stopping.set(true);
        try {
            if (seeding.tryAcquire(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                seeding.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Thrown inside a tenant's seeding transaction to roll it back when the application stops. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
