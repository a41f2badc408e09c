package io.elif.inventory.adapter.persistence;

import io.elif.inventory.application.ExpiringLot;
import io.elif.inventory.application.ProductStock;
import io.elif.inventory.application.StockBalance;
import io.elif.inventory.application.StockMovement;
import io.elif.inventory.application.StockOverview;
import io.elif.inventory.application.StockStatus;
import io.elif.inventory.application.WarehouseStock;
import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockLevel;
import io.elif.inventory.application.StockQueries;
import io.elif.inventory.domain.StockValuation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.inventory.adapter.persistence.jooq.Tables.LOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.RESERVATION_ALLOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.RESERVATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_BALANCE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_MOVEMENT;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_CARD;
import static io.elif.inventory.adapter.persistence.jooq.Tables.TRANSFER;
import static io.elif.inventory.adapter.persistence.jooq.Tables.TRANSFER_LINE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.WAREHOUSE;

@Repository
class JooqStockQueries implements StockQueries {

    private static final Field<Long> ZERO = DSL.val(0L);

    private final DSLContext dsl;

    JooqStockQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<UUID> cardsWithoutFacts(int limit) {
        return dsl.select(STOCK_CARD.PRODUCT_ID).from(STOCK_CARD).where(STOCK_CARD.SKU.isNull())
                .orderBy(STOCK_CARD.PRODUCT_ID).limit(limit).fetch(STOCK_CARD.PRODUCT_ID);
    }

    @Override
    public List<StockLevel> levels(Collection<UUID> productIds) {
        return dsl.select(STOCK_CARD.PRODUCT_ID, STOCK_CARD.ON_HAND, sumOf(STOCK_BALANCE.RESERVED))
                .from(STOCK_CARD).leftJoin(STOCK_BALANCE).on(STOCK_BALANCE.PRODUCT_ID.eq(STOCK_CARD.PRODUCT_ID))
                .where(STOCK_CARD.PRODUCT_ID.in(productIds))
                .groupBy(STOCK_CARD.PRODUCT_ID, STOCK_CARD.ON_HAND)
                .fetch(row -> new StockLevel(row.value1(), row.value2(), row.value3()));
    }

    /**
     * One statement whatever the number of products: each card with its balances that hold or promise stock, and what
     * is in transit to it. The ids go as one array, so the statement's text, and the plan the database keeps for it,
     * are the same for any number of products.
     */
    @Override
    public List<ProductStock> productStocks(Collection<UUID> productIds, boolean withBalances, LocalDate today) {
        var inTransit = DSL.select(sumOf(TRANSFER_LINE.QUANTITY))
                .from(TRANSFER_LINE).join(TRANSFER).on(TRANSFER.ID.eq(TRANSFER_LINE.TRANSFER_ID))
                .where(TRANSFER.STATE.eq("IN_TRANSIT"), TRANSFER_LINE.PRODUCT_ID.eq(STOCK_CARD.PRODUCT_ID))
                .<Long>asField("in_transit");
        var held = STOCK_BALANCE.join(LOCATION).on(LOCATION.ID.eq(STOCK_BALANCE.LOCATION_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(LOCATION.WAREHOUSE_ID));
        var rows = dsl.select(STOCK_CARD.PRODUCT_ID, WAREHOUSE.ID, WAREHOUSE.CODE, LOCATION.ID, LOCATION.CODE,
                        STOCK_BALANCE.LOT, STOCK_BALANCE.BEST_BEFORE, STOCK_BALANCE.ON_HAND, STOCK_BALANCE.RESERVED, inTransit)
                .from(STOCK_CARD)
                .leftJoin(held).on(STOCK_BALANCE.PRODUCT_ID.eq(STOCK_CARD.PRODUCT_ID),
                        STOCK_BALANCE.ON_HAND.ne(0L).or(STOCK_BALANCE.RESERVED.ne(0L)))
                .where(STOCK_CARD.PRODUCT_ID.eq(DSL.any(productIds.toArray(UUID[]::new))))
                .orderBy(STOCK_CARD.PRODUCT_ID, WAREHOUSE.IS_DEFAULT.desc(), WAREHOUSE.CODE, LOCATION.CODE,
                        STOCK_BALANCE.BEST_BEFORE.asc().nullsLast(), STOCK_BALANCE.LOT)
                .fetch();
        var balances = new LinkedHashMap<UUID, List<StockBalance>>();
        var transit = new LinkedHashMap<UUID, Long>();
        for (var row : rows) {
            var list = balances.computeIfAbsent(row.value1(), ignored -> new ArrayList<>());
            transit.put(row.value1(), row.value10());
            if (row.value2() != null) {
                list.add(StockBalance.asOf(today, row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                        row.value7(), row.value8(), row.value9()));
            }
        }
        return balances.entrySet().stream().map(card -> {
            var productId = card.getKey();
            var cardBalances = card.getValue();
            return new ProductStock(productId, cardBalances.stream().mapToLong(StockBalance::onHand).sum(),
                    cardBalances.stream().mapToLong(StockBalance::reserved).sum(),
                    cardBalances.stream().mapToLong(StockBalance::available).sum(), transit.get(productId),
                    perWarehouse(cardBalances), withBalances ? cardBalances : List.of());
        }).toList();
    }

    private static List<WarehouseStock> perWarehouse(List<StockBalance> balances) {
        var warehouses = new LinkedHashMap<UUID, WarehouseStock>();
        for (var balance : balances) {
            warehouses.merge(balance.warehouseId(),
                    new WarehouseStock(balance.warehouseId(), balance.warehouseCode(), balance.onHand(), balance.reserved(),
                            balance.available()),
                    (a, b) -> new WarehouseStock(a.warehouseId(), a.warehouseCode(), a.onHand() + b.onHand(),
                            a.reserved() + b.reserved(), a.available() + b.available()));
        }
        return List.copyOf(warehouses.values());
    }

    @Override
    public List<StockMovement> movements(UUID productId, int limit) {
        return dsl.select(STOCK_MOVEMENT.asterisk(), LOCATION.CODE, WAREHOUSE.CODE)
                .from(STOCK_MOVEMENT).join(LOCATION).on(LOCATION.ID.eq(STOCK_MOVEMENT.LOCATION_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(LOCATION.WAREHOUSE_ID))
                .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                .orderBy(STOCK_MOVEMENT.ID.desc())
                .limit(limit)
                .fetch(row -> new StockMovement(row.get(STOCK_MOVEMENT.ID), row.get(STOCK_MOVEMENT.OCCURRED_AT).toInstant(),
                        MovementKind.valueOf(row.get(STOCK_MOVEMENT.KIND)), row.get(STOCK_MOVEMENT.QUANTITY),
                        row.get(WAREHOUSE.CODE), row.get(LOCATION.CODE), row.get(STOCK_MOVEMENT.LOT),
                        row.get(STOCK_MOVEMENT.REFERENCE), row.get(STOCK_MOVEMENT.REASON), row.get(STOCK_MOVEMENT.ACTOR)));
    }

    /** One pass: balances against their ledger and open allocations, and product totals against their balances. */
    @Override
    public List<LedgerDiscrepancy> discrepancies() {
        return dsl.resultQuery("""
                        select b.product_id, b.location_id, b.lot, b.on_hand, coalesce(m.total, 0), b.reserved, coalesce(a.total, 0)
                        from inventory.stock_balance b
                        left join (select product_id, location_id, lot, sum(quantity) total from inventory.stock_movement
                                   group by product_id, location_id, lot) m
                            on (m.product_id, m.location_id, m.lot) = (b.product_id, b.location_id, b.lot)
                        left join (select a.balance_id, sum(a.quantity) total from inventory.reservation_allocation a
                                   join inventory.reservation r on (r.reference, r.product_id) = (a.reference, a.product_id)
                                   where r.state = 'OPEN' group by a.balance_id) a
                            on a.balance_id = b.id
                        where b.on_hand <> coalesce(m.total, 0) or b.reserved <> coalesce(a.total, 0)
                        union all
                        select r.product_id, null, '', r.on_hand, coalesce(sum(b.on_hand), 0), 0, 0
                        from inventory.stock_card r left join inventory.stock_balance b on b.product_id = r.product_id
                        group by r.product_id, r.on_hand
                        having r.on_hand <> coalesce(sum(b.on_hand), 0)
                        order by 1, 2 nulls first, 3
                        """)
                .fetch(row -> new LedgerDiscrepancy(row.get(0, UUID.class), row.get(1, UUID.class), row.get(2, String.class),
                        row.get(3, Long.class), row.get(4, Long.class), row.get(5, Long.class), row.get(6, Long.class)));
    }

    /**
     * One query per page: the figures come from one grouped pass, the total from a window count. Status and its
     * filter are taken from the figures shown, so a warehouse's overview judges that warehouse's stock.
     */
    @Override
    public StockOverview overview(StockOverview.Query query) {
        var figures = figures(query.warehouseId());
        var onHand = DSL.coalesce(figures.field("on_hand", Long.class), ZERO);
        var reserved = DSL.coalesce(figures.field("reserved", Long.class), ZERO);
        var status = status(onHand);
        var total = DSL.count().over().as("total");
        var rows = dsl.select(STOCK_CARD.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.NAME, STOCK_CARD.CATEGORY_ID,
                        STOCK_CARD.ACTIVE, STOCK_CARD.MINIMUM_STOCK, STOCK_CARD.MAXIMUM_STOCK,
                        onHand.as("shown_on_hand"), reserved.as("shown_reserved"), status.as("status"), total)
                .from(STOCK_CARD).leftJoin(figures).on(figures.field("product_id", UUID.class).eq(STOCK_CARD.PRODUCT_ID))
                .where(matching(query), query.status() == null ? DSL.noCondition() : status.eq(query.status().name()))
                .orderBy(sort(query, onHand, reserved), STOCK_CARD.SKU.asc().nullsLast(), STOCK_CARD.PRODUCT_ID)
                .limit(query.size())
                .offset((long) query.page() * query.size())
                .fetch();
        long totalItems = rows.isEmpty() ? 0 : rows.getFirst().get(total);
        return new StockOverview(rows.map(JooqStockQueries::overviewRow), query.page(), query.size(), totalItems);
    }

    @Override
    public List<StockOverview.Row> lowStock(int limit) {
        var figures = figures(null);
        var onHand = DSL.coalesce(figures.field("on_hand", Long.class), ZERO);
        var reserved = DSL.coalesce(figures.field("reserved", Long.class), ZERO);
        var status = status(onHand);
        return dsl.select(STOCK_CARD.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.NAME, STOCK_CARD.CATEGORY_ID,
                        STOCK_CARD.ACTIVE, STOCK_CARD.MINIMUM_STOCK, STOCK_CARD.MAXIMUM_STOCK,
                        onHand.as("shown_on_hand"), reserved.as("shown_reserved"), status.as("status"))
                .from(STOCK_CARD).leftJoin(figures).on(figures.field("product_id", UUID.class).eq(STOCK_CARD.PRODUCT_ID))
                .where(STOCK_CARD.ACTIVE.isTrue(), status.ne(StockStatus.OK.name()))
                .orderBy(onHand.le(0L).desc(), STOCK_CARD.NAME.asc().nullsLast(), STOCK_CARD.PRODUCT_ID)
                .limit(limit)
                .fetch(JooqStockQueries::overviewRow);
    }

    /** Per product, the balances' sums over all warehouses or one. */
    private org.jooq.Table<?> figures(UUID warehouseId) {
        var scope = warehouseId == null ? DSL.noCondition()
                : STOCK_BALANCE.LOCATION_ID.in(DSL.select(LOCATION.ID).from(LOCATION).where(LOCATION.WAREHOUSE_ID.eq(warehouseId)));
        return DSL.select(STOCK_BALANCE.PRODUCT_ID, DSL.sum(STOCK_BALANCE.ON_HAND).cast(SQLDataType.BIGINT).as("on_hand"),
                        DSL.sum(STOCK_BALANCE.RESERVED).cast(SQLDataType.BIGINT).as("reserved"))
                .from(STOCK_BALANCE).where(scope).groupBy(STOCK_BALANCE.PRODUCT_ID).asTable("figures");
    }

    private static Condition matching(StockOverview.Query query) {
        var condition = DSL.noCondition();
        if (query.text() != null && !query.text().isBlank()) {
            var text = query.text().strip();
            condition = condition.and(STOCK_CARD.NAME.containsIgnoreCase(text).or(STOCK_CARD.SKU.containsIgnoreCase(text)));
        }
        if (query.productId() != null) {
            condition = condition.and(STOCK_CARD.PRODUCT_ID.eq(query.productId()));
        }
        if (query.categoryId() != null) {
            condition = condition.and(STOCK_CARD.CATEGORY_ID.eq(query.categoryId()));
        }
        if (query.active() != null) {
            condition = condition.and(STOCK_CARD.ACTIVE.eq(query.active()));
        }
        return condition;
    }

    /** The rule of {@link StockStatus}, in SQL so that lists filter and page by it: OUT, LOW under the minimum, OK. */
    private static Field<String> status(Field<Long> onHand) {
        return DSL.when(onHand.le(0L), StockStatus.OUT.name())
                .when(onHand.lt(STOCK_CARD.MINIMUM_STOCK), StockStatus.LOW.name())
                .otherwise(StockStatus.OK.name());
    }

    private static SortField<?> sort(StockOverview.Query query, Field<Long> onHand, Field<Long> reserved) {
        Field<?> field = switch (query.sort()) {
            case NAME -> STOCK_CARD.NAME.lower();
            case SKU -> STOCK_CARD.SKU;
            case ON_HAND -> onHand;
            case AVAILABLE -> onHand.minus(reserved);
        };
        return query.descending() ? field.desc().nullsLast() : field.asc().nullsLast();
    }

    private static StockOverview.Row overviewRow(Record row) {
        return new StockOverview.Row(row.get(STOCK_CARD.PRODUCT_ID), row.get(STOCK_CARD.SKU), row.get(STOCK_CARD.NAME),
                row.get(STOCK_CARD.CATEGORY_ID), row.get(STOCK_CARD.ACTIVE), row.get(STOCK_CARD.MINIMUM_STOCK),
                row.get(STOCK_CARD.MAXIMUM_STOCK), row.get("shown_on_hand", Long.class), row.get("shown_reserved", Long.class),
                StockStatus.valueOf(row.get("status", String.class)));
    }

    @Override
    public List<ExpiringLot> expiringBy(LocalDate day, LocalDate today, UUID warehouseId, int limit) {
        return dsl.select(STOCK_BALANCE.PRODUCT_ID, STOCK_CARD.SKU, STOCK_CARD.NAME, WAREHOUSE.CODE, LOCATION.ID,
                        LOCATION.CODE, STOCK_BALANCE.LOT, STOCK_BALANCE.BEST_BEFORE, STOCK_BALANCE.ON_HAND)
                .from(STOCK_BALANCE).join(STOCK_CARD).on(STOCK_CARD.PRODUCT_ID.eq(STOCK_BALANCE.PRODUCT_ID))
                .join(LOCATION).on(LOCATION.ID.eq(STOCK_BALANCE.LOCATION_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(LOCATION.WAREHOUSE_ID))
                .where(STOCK_BALANCE.ON_HAND.gt(0L), STOCK_BALANCE.BEST_BEFORE.le(day),
                        warehouseId == null ? DSL.noCondition() : WAREHOUSE.ID.eq(warehouseId))
                .orderBy(STOCK_BALANCE.BEST_BEFORE, STOCK_CARD.NAME, WAREHOUSE.CODE, LOCATION.CODE)
                .limit(limit)
                .fetch(row -> new ExpiringLot(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                        row.value7(), row.value8(), row.value9(), ChronoUnit.DAYS.between(today, row.value8())));
    }

    @Override
    public List<StockValuation.Holding> holdings() {
        var onHand = DSL.sum(STOCK_BALANCE.ON_HAND).cast(SQLDataType.BIGINT);
        return dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, STOCK_BALANCE.PRODUCT_ID, onHand, STOCK_CARD.AVERAGE_COST)
                .from(WAREHOUSE)
                .leftJoin(LOCATION).on(LOCATION.WAREHOUSE_ID.eq(WAREHOUSE.ID))
                .leftJoin(STOCK_BALANCE).on(STOCK_BALANCE.LOCATION_ID.eq(LOCATION.ID))
                .leftJoin(STOCK_CARD).on(STOCK_CARD.PRODUCT_ID.eq(STOCK_BALANCE.PRODUCT_ID))
                .groupBy(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, STOCK_BALANCE.PRODUCT_ID, STOCK_CARD.AVERAGE_COST)
                .orderBy(WAREHOUSE.IS_DEFAULT.desc(), WAREHOUSE.CODE)
                .fetch(row -> new StockValuation.Holding(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5() == null ? 0 : row.value5(), row.value6() == null ? BigDecimal.ZERO : row.value6()));
    }

    private static Field<Long> sumOf(Field<Long> field) {
        return DSL.coalesce(DSL.sum(field).cast(SQLDataType.BIGINT), ZERO).as("sum");
    }
}
