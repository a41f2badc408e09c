package io.elif.bootstrap.embedded;

import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.NewTransfer;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.Warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo's opening stock, booked as a storekeeper would: a receipt at cost into the main warehouse (drinks that
 * perish in lots with best-before dates, one of them close), a second warehouse, and a transfer to it.
 */
final class DemoStock {

    /** What the opening stock needs to know of a demo product. */
    record Opening(UUID productId, long quantity, BigDecimal retailPrice, boolean perishable) {
    }

    private static final BigDecimal COST_SHARE = new BigDecimal("0.65");
    private static final String ACTOR = "demo";

    private final Inventory inventory;
    private final Clock clock;

    DemoStock(Inventory inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    void book(List<Opening> openings) {
        var today = LocalDate.now(clock);
        var lines = new ArrayList<ReceiptLine>();
        var perishables = 0;
        for (var opening : openings) {
            var cost = opening.retailPrice().multiply(COST_SHARE).setScale(2, RoundingMode.HALF_EVEN);
            if (opening.perishable()) {
                // the first perishable product expires soon, so that the near-expiry list has something to show
                var bestBefore = today.plusDays(perishables++ == 0 ? 12 : 120);
                lines.add(new ReceiptLine(opening.productId(), opening.quantity(), cost, null, bestBefore));
            } else {
                lines.add(new ReceiptLine(opening.productId(), opening.quantity(), cost, null, null));
            }
        }
        inventory.receive(new GoodsReceipt(null, "OPENING-STOCK", ACTOR, lines));
        var main = inventory.warehouses().getFirst();
        var depot = inventory.createWarehouse("DEPOT", "Depot", false);
        var first = openings.getFirst();
        var sent = inventory.sendTransfer(new NewTransfer(defaultLocation(main), defaultLocation(depot), "opening stock for the depot",
                ACTOR, List.of(new ReservationLine(first.productId(), first.quantity() / 4))));
        inventory.receiveTransfer(sent, ACTOR);
    }

    private static UUID defaultLocation(Warehouse warehouse) {
        return warehouse.locations().stream().filter(Warehouse.Location::isDefault).findFirst().orElseThrow().id();
    }
}
