package io.elif.inventory.adapter.persistence;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.application.StockLedger;
import io.elif.inventory.domain.Fefo;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import static io.elif.inventory.adapter.persistence.jooq.Tables.LOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.LOT;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_BALANCE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_MOVEMENT;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;

/**
 * Every balance change books its movement and moves the product's total in the same statement sequence. Whether a
 * balance may go negative is its warehouse's setting, which the database copies onto the balance (V7): the code
 * never writes {@code may_go_negative}, and reads it in one condition, {@link #mayGive}.
 */
@Repository
class JooqStockLedger implements StockLedger {

    private final DSLContext dsl;

    JooqStockLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Held> heldAt(UUID locationId) {
        return dsl.select(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOT, STOCK_BALANCE.BEST_BEFORE, STOCK_BALANCE.ON_HAND)
                .from(STOCK_BALANCE)
                .where(STOCK_BALANCE.LOCATION_ID.eq(locationId), STOCK_BALANCE.ON_HAND.ne(0L))
                .orderBy(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOT)
                .fetch(row -> new Held(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    @Override
    public long onHand(UUID productId, UUID locationId, String lot) {
        return dsl.select(STOCK_BALANCE.ON_HAND).from(STOCK_BALANCE)
                .where(STOCK_BALANCE.PRODUCT_ID.eq(productId), STOCK_BALANCE.LOCATION_ID.eq(locationId), STOCK_BALANCE.LOT.eq(lot))
                .fetchOptional(STOCK_BALANCE.ON_HAND).orElse(0L);
    }

    private void openCard(UUID productId) {
        dsl.insertInto(STOCK_CARD).set(STOCK_CARD.PRODUCT_ID, productId).onConflictDoNothing().execute();
    }

    /** "Stock may not go negative unless the warehouse allows it" as SQL: the balance's free stock covers the quantity, or it may go negative. */
    static Condition mayGive(long quantity) {
        return STOCK_BALANCE.MAY_GO_NEGATIVE.isTrue().or(STOCK_BALANCE.ON_HAND.minus(STOCK_BALANCE.RESERVED).ge(quantity));
    }

    /** One product at a time, in Java's {@code UUID} order (the order {@code Reservation} gives its lines). */
    @Override
    public Map<UUID, StockCard> lockCards(Collection<UUID> productIds) {
        var cards = new LinkedHashMap<UUID, StockCard>();
        for (var productId : new TreeSet<>(productIds)) {
            cards.put(productId, lockCard(productId));
        }
        return cards;
    }

    /** The card normally exists (the catalogue's event opened it): one locking read; else open it and read again. */
    private StockCard lockCard(UUID productId) {
        return lockedCard(productId).orElseGet(() -> {
            openCard(productId);
            return lockedCard(productId).orElseThrow();
        });
    }

    private Optional<StockCard> lockedCard(UUID productId) {
        return dsl.select(STOCK_CARD.ON_HAND, STOCK_CARD.AVERAGE_COST).from(STOCK_CARD)
                .where(STOCK_CARD.PRODUCT_ID.eq(productId))
                .forUpdate()
                .fetchOptional(row -> new StockCard(row.value1(), row.value2()));
    }

    @Override
    public Total increase(Posting posting) {
        dsl.insertInto(STOCK_BALANCE)
                .set(STOCK_BALANCE.PRODUCT_ID, posting.productId())
                .set(STOCK_BALANCE.LOCATION_ID, posting.locationId())
                .set(STOCK_BALANCE.LOT, posting.lot())
                .set(STOCK_BALANCE.BEST_BEFORE, posting.bestBefore())
                .set(STOCK_BALANCE.ON_HAND, posting.quantity())
                .onConflict(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOCATION_ID, STOCK_BALANCE.LOT)
                .doUpdate().set(STOCK_BALANCE.ON_HAND, STOCK_BALANCE.ON_HAND.plus(posting.quantity()))
                .execute();
        book(posting.productId(), posting.locationId(), posting.lot(), posting.quantity(), posting.kind(), posting.reference(),
                posting.reason(), posting.actor());
        return moveTotal(posting.productId(), posting.quantity());
    }

    @Override
    public Optional<Taken> decrease(long balanceId, long quantity, MovementKind kind, String reference, String reason,
                                    String actor) {
        return dsl.update(STOCK_BALANCE)
                .set(STOCK_BALANCE.ON_HAND, STOCK_BALANCE.ON_HAND.minus(quantity))
                .where(STOCK_BALANCE.ID.eq(balanceId), mayGive(quantity))
                .returning(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOCATION_ID, STOCK_BALANCE.LOT, STOCK_BALANCE.BEST_BEFORE)
                .fetchOptional()
                .map(row -> {
                    book(row.getProductId(), row.getLocationId(), row.getLot(), -quantity, kind, reference, reason, actor);
                    return new Taken(row.getProductId(), row.getLocationId(), row.getLot(), row.getBestBefore(), quantity,
                            moveTotal(row.getProductId(), -quantity));
                });
    }

    @Override
    public List<Fefo.Candidate> lockFreeAtLocation(UUID productId, UUID locationId, LocalDate expiredBefore) {
        return lockFree(STOCK_BALANCE.LOCATION_ID.eq(locationId), productId, expiredBefore);
    }

    @Override
    public List<Fefo.Candidate> lockFreeInWarehouse(UUID productId, UUID warehouseId, LocalDate expiredBefore) {
        return lockFree(inWarehouse(STOCK_BALANCE.LOCATION_ID, warehouseId), productId, expiredBefore);
    }

    /** Earliest best-before first, stock without a date last; rows are locked in this order by every caller. */
    private List<Fefo.Candidate> lockFree(Condition where, UUID productId, LocalDate expiredBefore) {
        return dsl.select(STOCK_BALANCE.ID, STOCK_BALANCE.LOT, STOCK_BALANCE.ON_HAND.minus(STOCK_BALANCE.RESERVED))
                .from(STOCK_BALANCE)
                .where(STOCK_BALANCE.PRODUCT_ID.eq(productId), where,
                        STOCK_BALANCE.ON_HAND.minus(STOCK_BALANCE.RESERVED).gt(0L),
                        notExpired(expiredBefore))
                .orderBy(STOCK_BALANCE.BEST_BEFORE.asc().nullsLast(), STOCK_BALANCE.ID)
                .forUpdate()
                .fetch(row -> new Fefo.Candidate(row.value1(), row.value2(), row.value3()));
    }

    private static Condition notExpired(LocalDate expiredBefore) {
        return expiredBefore == null ? DSL.noCondition()
                : STOCK_BALANCE.BEST_BEFORE.isNull().or(STOCK_BALANCE.BEST_BEFORE.ge(expiredBefore));
    }

    @Override
    public Optional<Long> reserveFromFirstFree(UUID productId, UUID warehouseId, LocalDate expiredBefore, long quantity) {
        var candidate = STOCK_BALANCE.as("candidate");
        var first = DSL.select(candidate.ID).from(candidate)
                .where(candidate.PRODUCT_ID.eq(productId), inWarehouse(candidate.LOCATION_ID, warehouseId),
                        candidate.ON_HAND.minus(candidate.RESERVED).gt(0L),
                        candidate.BEST_BEFORE.isNull().or(candidate.BEST_BEFORE.ge(expiredBefore)))
                .orderBy(candidate.BEST_BEFORE.asc().nullsLast(), candidate.ID)
                .limit(1)
                .forUpdate()
                .asTable("first_free");
        return dsl.update(STOCK_BALANCE)
                .set(STOCK_BALANCE.RESERVED, STOCK_BALANCE.RESERVED.plus(quantity))
                .from(first)
                .where(STOCK_BALANCE.ID.eq(first.field(candidate.ID)), mayGive(quantity))
                .returning(STOCK_BALANCE.ID)
                .fetchOptional(STOCK_BALANCE.ID);
    }

    /** The active locations of the warehouse, or of the default warehouse when {@code warehouseId} is null. */
    private static Condition inWarehouse(Field<UUID> locationId, UUID warehouseId) {
        return locationId.in(DSL.select(LOCATION.ID).from(LOCATION)
                .where(LOCATION.WAREHOUSE_ID.eq(JooqWarehouses.orDefault(warehouseId)), LOCATION.ACTIVE.isTrue()));
    }

    @Override
    public long balance(UUID productId, UUID locationId, String lot) {
        return dsl.insertInto(STOCK_BALANCE)
                .set(STOCK_BALANCE.PRODUCT_ID, productId)
                .set(STOCK_BALANCE.LOCATION_ID, locationId)
                .set(STOCK_BALANCE.LOT, lot)
                .onConflict(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOCATION_ID, STOCK_BALANCE.LOT)
                // a no-op update, so that the existing row's id comes back too
                .doUpdate().set(STOCK_BALANCE.LOT, DSL.excluded(STOCK_BALANCE.LOT))
                .returning(STOCK_BALANCE.ID)
                .fetchSingle(STOCK_BALANCE.ID);
    }

    /** One guarded update: it changes the row only while its free stock covers the request (or it may go negative). */
    @Override
    public boolean reserve(long balanceId, long quantity) {
        return dsl.update(STOCK_BALANCE)
                .set(STOCK_BALANCE.RESERVED, STOCK_BALANCE.RESERVED.plus(quantity))
                .where(STOCK_BALANCE.ID.eq(balanceId), mayGive(quantity))
                .execute() == 1;
    }

    @Override
    public void unreserve(long balanceId, long quantity) {
        dsl.update(STOCK_BALANCE)
                .set(STOCK_BALANCE.RESERVED, STOCK_BALANCE.RESERVED.minus(quantity))
                .where(STOCK_BALANCE.ID.eq(balanceId))
                .execute();
    }

    @Override
    public Taken issueReserved(long balanceId, long quantity, String reference) {
        var row = dsl.update(STOCK_BALANCE)
                .set(STOCK_BALANCE.RESERVED, STOCK_BALANCE.RESERVED.minus(quantity))
                .set(STOCK_BALANCE.ON_HAND, STOCK_BALANCE.ON_HAND.minus(quantity))
                .where(STOCK_BALANCE.ID.eq(balanceId))
                .returning(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.LOCATION_ID, STOCK_BALANCE.LOT, STOCK_BALANCE.BEST_BEFORE)
                .fetchSingle();
        book(row.getProductId(), row.getLocationId(), row.getLot(), -quantity, MovementKind.ISSUE, reference, null, null);
        return new Taken(row.getProductId(), row.getLocationId(), row.getLot(), row.getBestBefore(), quantity,
                moveTotal(row.getProductId(), -quantity));
    }

    @Override
    public Optional<LocalDate> registerLot(UUID productId, String lot, LocalDate bestBefore) {
        dsl.insertInto(LOT).set(LOT.PRODUCT_ID, productId).set(LOT.CODE, lot).set(LOT.BEST_BEFORE, bestBefore)
                .onConflictDoNothing().execute();
        return dsl.select(LOT.BEST_BEFORE).from(LOT).where(LOT.PRODUCT_ID.eq(productId), LOT.CODE.eq(lot))
                .fetchOptional(LOT.BEST_BEFORE);
    }

    @Override
    public void setAverageCost(UUID productId, BigDecimal averageCost) {
        dsl.update(STOCK_CARD).set(STOCK_CARD.AVERAGE_COST, averageCost).where(STOCK_CARD.PRODUCT_ID.eq(productId)).execute();
    }

    private void book(UUID productId, UUID locationId, String lot, long quantity, MovementKind kind, String reference,
                      String reason, String actor) {
        dsl.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.PRODUCT_ID, productId)
                .set(STOCK_MOVEMENT.LOCATION_ID, locationId)
                .set(STOCK_MOVEMENT.LOT, lot)
                .set(STOCK_MOVEMENT.QUANTITY, quantity)
                .set(STOCK_MOVEMENT.KIND, kind.name())
                .set(STOCK_MOVEMENT.REFERENCE, reference)
                .set(STOCK_MOVEMENT.REASON, reason)
                .set(STOCK_MOVEMENT.ACTOR, actor)
                .execute();
    }

    private Total moveTotal(UUID productId, long quantity) {
        return dsl.update(STOCK_CARD)
                .set(STOCK_CARD.ON_HAND, STOCK_CARD.ON_HAND.plus(quantity))
                .where(STOCK_CARD.PRODUCT_ID.eq(productId))
                .returning(STOCK_CARD.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.ON_HAND, STOCK_CARD.MINIMUM_STOCK,
                        STOCK_CARD.MAXIMUM_STOCK)
                .fetchSingle(row -> new Total(row.getProductId(), row.getSku(), row.getOnHand(), row.getMinimumStock(),
                        row.getMaximumStock()));
    }
}
