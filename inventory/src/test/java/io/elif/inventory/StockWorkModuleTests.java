package io.elif.inventory;

import io.elif.inventory.domain.Transfer;
import io.elif.inventory.application.FindStock;
import io.elif.inventory.application.AdjustStock;
import io.elif.inventory.application.BreakBulkStock;
import io.elif.inventory.application.CountStock;
import io.elif.inventory.application.ReportStock;
import io.elif.inventory.application.TransferStock;
import io.elif.inventory.application.AdministerWarehouses;
import io.elif.inventory.application.BreakBulk;
import io.elif.inventory.application.ExpiringLot;
import io.elif.inventory.application.StockMovement;
import io.elif.inventory.application.StockOverview;
import io.elif.inventory.application.StockStatus;
import io.elif.inventory.domain.AdjustmentReason;
import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.StockAdjustment;
import io.elif.inventory.domain.Stocktake;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.ProductView;
import io.elif.catalog.ProductChanged;
import io.elif.kernel.InvalidInputException;
import io.elif.testing.TestPostgres;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

/** Lots, first-expired-first-out, warehouses, transfers, break-bulk, costs and the low-stock rule, on real PostgreSQL. */
@ApplicationModuleTest
class StockWorkModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.shared().dataSourceProperties("inventory_stock_work").forEach((key, value) -> registry.add(key, () -> value));
    }

    @MockitoBean
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    BreakBulkStock breakBulkStock;

    @Autowired
    AdjustStock adjustStock;

    @Autowired
    FindStock findStock;

    @Autowired
    DSLContext dsl;

    @Autowired
    AdministerWarehouses administration;

    @Autowired
    TransferStock transfers;

    @Autowired
    ReportStock reports;

    @Autowired
    CountStock stocktakes;

    @Test
    void reservationsTakeTheEarliestBestBeforeFirstAndNeverAnExpiredLot() {
        var product = UUID.randomUUID();
        receive(product, new ReceiptLine(product, 5, null, "L-LATE", TODAY.plusDays(60)),
                new ReceiptLine(product, 5, null, "L-SOON", TODAY.plusDays(10)),
                new ReceiptLine(product, 5, null, "L-GONE", TODAY.plusDays(1)));
        age(product, "L-GONE", TODAY.minusDays(1));

        assertThatExceptionOfType(InsufficientStockException.class)
                .isThrownBy(() -> inventory.reserve("S-fefo-too-much", List.of(new ReservationLine(product, 11))))
                .satisfies(e -> assertThat(e.available()).isEqualTo(10));
        inventory.reserve("S-fefo", List.of(new ReservationLine(product, 7)));
        inventory.issue("S-fefo");

        assertThat(onHandByLot(product)).containsExactlyInAnyOrder("L-LATE=3", "L-GONE=5");
        assertThat(findStock.productStock(product).orElseThrow().available()).as("the expired lot is not available").isEqualTo(3);
        assertThat(inventory.checkConsistency()).noneMatch(discrepancy -> discrepancy.productId().equals(product));
    }

    @Test
    void theLedgerIsAppendOnly() {
        var product = UUID.randomUUID();
        receive(product, new ReceiptLine(product, 5, null, null, null));

        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> dsl.execute("update inventory.stock_movement set quantity = 50 where product_id = ?", product))
                .havingRootCause().withMessageContaining("the stock ledger is append-only");
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> dsl.execute("delete from inventory.stock_movement where product_id = ?", product));
        assertThat(findStock.movements(product, 10)).singleElement().extracting(StockMovement::quantity).isEqualTo(5L);
    }

    @Test
    void expiredGoodsAreNotReceived() {
        var product = UUID.randomUUID();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> receive(product, new ReceiptLine(product, 5, null, "L-OLD", TODAY.minusDays(1))))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].bestBefore"));
        assertThat(inventory.stockLevel(product)).isEmpty();
    }

    @Test
    void aLotKeepsItsBestBeforeDate() {
        var product = UUID.randomUUID();
        receive(product, new ReceiptLine(product, 5, null, "L-1", TODAY.plusDays(30)));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> receive(product, new ReceiptLine(product, 5, null, "L-1", TODAY.plusDays(31))))
                .satisfies(e -> assertThat(e.field()).contains("lines[0].bestBefore"));
        assertThat(inventory.stockLevel(product).orElseThrow().onHand()).isEqualTo(5);
    }

    @Test
    void badReceiptLinesAreRefusedWithTheirPathAndNothingIsBooked() {
        var product = UUID.randomUUID();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> receive(product, new ReceiptLine(product, 5, null, null, null),
                        new ReceiptLine(product, 0, null, null, null)))
                .satisfies(e -> assertThat(e.field()).contains("lines[1].quantity"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> inventory.receive(new GoodsReceipt(UUID.randomUUID(), "D-x", "clerk",
                        List.of(new ReceiptLine(product, 1, null, null, null)))))
                .satisfies(e -> assertThat(e.field()).contains("locationId"));
        assertThat(inventory.stockLevel(product)).isEmpty();
    }

    @BeforeEach
    void costsAreEnteredWithoutTax() {
        when(catalog.settings()).thenReturn(new CatalogSettings("MGA", true, false));
    }

    @Test
    void aCostEnteredWithTaxIsKeptWithoutIt() {
        var product = UUID.randomUUID();
        when(catalog.settings()).thenReturn(new CatalogSettings("MGA", true, true));
        when(catalog.findProduct(product)).thenReturn(Optional.of(new ProductView(product, "TAXED", "Taxed lager", null,
                null, true, BaseUnit.BOTTLE, true, new BigDecimal("200.00"), new BigDecimal("20.00"))));

        receive(product, new ReceiptLine(product, 10, new BigDecimal("120.00"), null, null));

        assertThat(dsl.fetchValue("select average_cost from inventory.stock_card where product_id = ?", product))
                .isEqualTo(new BigDecimal("100.0000"));
    }

    @Test
    void theMovingAverageCostBlendsEveryReceipt() {
        var product = UUID.randomUUID();
        receive(product, new ReceiptLine(product, 10, new BigDecimal("100.00"), null, null));
        receive(product, new ReceiptLine(product, 30, new BigDecimal("120.00"), null, null));

        // (10 x 100 + 30 x 120) / 40 = 115 per unit, not the last delivery's 120
        assertThat(dsl.fetchValue("select average_cost from inventory.stock_card where product_id = ?", product))
                .isEqualTo(new BigDecimal("115.0000"));
    }

    @Test
    void aTransferIsInTransitUntilReceivedAndKeepsItsLots() {
        var product = UUID.randomUUID();
        var depot = administration.createWarehouse("DEPOT-" + shortId(), "Depot", false);
        var main = administration.warehouses().getFirst();
        var back = defaultLocation(main);
        receive(product, new ReceiptLine(product, 12, null, "L-T", TODAY.plusDays(90)));

        var sent = transfers.send(new NewTransfer(back, defaultLocation(depot), "to the depot", "storekeeper",
                List.of(new ReservationLine(product, 8))));

        assertThat(sent.state()).isEqualTo(Transfer.State.IN_TRANSIT);
        assertThat(sent.number()).matches("T-\\d{4}-\\d{6}");
        assertThat(findStock.productStock(product).orElseThrow()).satisfies(stock -> {
            assertThat(stock.onHand()).isEqualTo(4);
            assertThat(stock.inTransit()).isEqualTo(8);
        });

        var received = transfers.receive(sent.id(), "depot keeper");

        assertThat(received.state()).isEqualTo(Transfer.State.RECEIVED);
        assertThat(findStock.productStock(product).orElseThrow().balances())
                .anySatisfy(balance -> {
                    assertThat(balance.warehouseId()).isEqualTo(depot.id());
                    assertThat(balance.lot()).isEqualTo("L-T");
                    assertThat(balance.bestBefore()).isEqualTo(TODAY.plusDays(90));
                    assertThat(balance.onHand()).isEqualTo(8);
                });
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> transfers.receive(sent.id(), "again"));
        assertThat(inventory.checkConsistency()).noneMatch(discrepancy -> discrepancy.productId().equals(product));
    }

    @Test
    void breakBulkOpensCratesIntoBottlesAsOnePair() {
        var crate = UUID.randomUUID();
        var bottle = UUID.randomUUID();
        receive(crate, new ReceiptLine(crate, 3, null, null, null));

        var result = breakBulkStock.breakBulk(new BreakBulk(null, crate, bottle, 2, 24, "storekeeper"));

        assertThat(result.source().onHand()).isEqualTo(1);
        assertThat(result.target().onHand()).isEqualTo(48);
        assertThat(findStock.movements(bottle, 10)).singleElement().satisfies(movement -> {
            assertThat(movement.kind()).isEqualTo(MovementKind.BREAK_BULK_IN);
            assertThat(movement.reference()).isEqualTo(result.reference());
        });
        assertThatExceptionOfType(InsufficientStockException.class)
                .isThrownBy(() -> breakBulkStock.breakBulk(new BreakBulk(null, crate, bottle, 2, 24, "storekeeper")));
        assertThat(inventory.stockLevel(bottle).orElseThrow().onHand()).isEqualTo(48);
    }

    @Test
    void aWarehouseThatAllowsNegativeStockSellsBeyondItsStock() {
        var product = UUID.randomUUID();
        var van = administration.createWarehouse("VAN-" + shortId(), "Delivery van", true);
        inventory.receive(new GoodsReceipt(defaultLocation(van), "D-van", "clerk", List.of(new ReceiptLine(product, 2, null, null, null))));

        inventory.reserve("S-van", van.id(), List.of(new ReservationLine(product, 5)));
        inventory.issue("S-van");

        assertThat(inventory.stockLevel(product).orElseThrow().onHand()).isEqualTo(-3);
        assertThatExceptionOfType(StockStateException.class)
                .isThrownBy(() -> administration.updateWarehouse(van.id(), "Delivery van", false, true));
        assertThat(inventory.checkConsistency()).noneMatch(discrepancy -> discrepancy.productId().equals(product));
    }

    @Test
    void fallingBelowTheMinimumIsPublishedOnce(Scenario scenario) {
        var product = UUID.randomUUID();
        var sku = "LOW-" + shortId();
        scenario.publish(new ProductChanged(product, sku, "Low stock beer", BaseUnit.BOTTLE, null, true, 10, null))
                .andWaitForStateChange(() -> reports.overview(query(sku)).items())
                .andVerify(items -> assertThat(items).singleElement().extracting(StockOverview.Row::status).isEqualTo(StockStatus.OUT));
        receive(product, new ReceiptLine(product, 12, null, null, null));

        scenario.stimulate(() -> adjustStock.adjust(new StockAdjustment(product, -3, AdjustmentReason.BREAKAGE, "dropped", "clerk")))
                .andWaitForEventOfType(StockFellBelowMinimum.class)
                .matching(event -> event.productId().equals(product))
                .toArriveAndVerify(event -> assertThat(event.onHand()).isEqualTo(9));
        assertThat(reports.lowStock()).anySatisfy(row -> {
            assertThat(row.productId()).isEqualTo(product);
            assertThat(row.status()).isEqualTo(StockStatus.LOW);
        });
    }

    @Test
    void theNearExpiryListShowsLotsWithinTheHorizonAndThoseExpired() {
        var product = UUID.randomUUID();
        receive(product, new ReceiptLine(product, 4, null, "L-NEAR", TODAY.plusDays(5)),
                new ReceiptLine(product, 4, null, "L-PAST", TODAY.plusDays(1)),
                new ReceiptLine(product, 4, null, "L-FAR", TODAY.plusDays(100)));
        age(product, "L-PAST", TODAY.minusDays(2));

        assertThat(reports.nearExpiry(30, null)).filteredOn(lot -> lot.productId().equals(product))
                .extracting(ExpiringLot::lot, ExpiringLot::expired)
                .containsExactly(tuple("L-PAST", true), tuple("L-NEAR", false));
    }

    @Test
    void aBlindStocktakeHidesExpectedFiguresUntilSubmittedAndPostsVariancesOnApproval() {
        var counted = UUID.randomUUID();
        var found = UUID.randomUUID();
        var location = administration.addLocation(administration.warehouses().getFirst().id(), "B" + shortId(), "Bin").id();
        inventory.receive(new GoodsReceipt(location, "D-st", "clerk", List.of(new ReceiptLine(counted, 10, null, null, null))));

        var sheet = stocktakes.start(location, true, "counter");
        assertThat(sheet.lines()).singleElement().satisfies(line -> assertThat(line.expected()).isNull());
        stocktakes.count(sheet.id(), List.of(new Stocktake.Count(counted, null, 8), new Stocktake.Count(found, null, 2)));
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> stocktakes.approve(sheet.id(), "manager"));
        var submitted = stocktakes.submit(sheet.id(), "counter");

        assertThat(submitted.lines()).extracting(Stocktake.Line::productId, Stocktake.Line::expected, Stocktake.Line::variance)
                .containsExactlyInAnyOrder(tuple(counted, 10L, -2L), tuple(found, 0L, 2L));
        assertThat(stocktakes.approve(sheet.id(), "manager").state()).isEqualTo(Stocktake.State.APPROVED);
        assertThat(inventory.stockLevel(counted).orElseThrow().onHand()).isEqualTo(8);
        assertThat(inventory.stockLevel(found).orElseThrow().onHand()).isEqualTo(2);
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> stocktakes.cancel(sheet.id(), "manager"));
    }

    private void receive(UUID product, ReceiptLine... lines) {
        inventory.receive(new GoodsReceipt(null, "D-" + product.toString().substring(0, 8), "clerk", List.of(lines)));
    }

    /** Expired goods are not received: a lot ages in the database instead, as if days had passed. */
    private void age(UUID product, String lot, LocalDate bestBefore) {
        dsl.execute("update inventory.lot set best_before = ? where product_id = ? and code = ?", bestBefore, product, lot);
        dsl.execute("update inventory.stock_balance set best_before = ? where product_id = ? and lot = ?", bestBefore, product, lot);
    }

    private List<String> onHandByLot(UUID product) {
        return findStock.productStock(product).orElseThrow().balances().stream()
                .map(balance -> balance.lot() + "=" + balance.onHand()).toList();
    }

    private static UUID defaultLocation(Warehouse warehouse) {
        return warehouse.locations().stream().filter(Warehouse.Location::isDefault).findFirst().orElseThrow().id();
    }

    private static StockOverview.Query query(String text) {
        return new StockOverview.Query(text, null, null, null, null, null, StockOverview.Sort.NAME, false, 0, 20);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
