package io.elif.inventory.adapter.persistence;

import io.elif.inventory.DuplicateCodeException;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.Warehouse;
import io.elif.inventory.application.Warehouses;
import io.elif.inventory.domain.Location;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.elif.inventory.adapter.persistence.jooq.Tables.LOCATION;
import static io.elif.inventory.adapter.persistence.jooq.Tables.STOCK_BALANCE;
import static io.elif.inventory.adapter.persistence.jooq.Tables.WAREHOUSE;

@Repository
class JooqWarehouses implements Warehouses {

    private final DSLContext dsl;

    JooqWarehouses(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The warehouse, or the default one when {@code warehouseId} is null, resolved inside the statement. */
    static Field<UUID> orDefault(UUID warehouseId) {
        return warehouseId != null ? DSL.val(warehouseId)
                : DSL.field(DSL.select(WAREHOUSE.ID).from(WAREHOUSE).where(WAREHOUSE.IS_DEFAULT.isTrue()));
    }

    /** Two queries: the warehouses, then all their locations. */
    @Override
    public List<Warehouse> all() {
        return find(WAREHOUSE.ID.isNotNull());
    }

    @Override
    public Optional<Warehouse> byId(UUID id) {
        return find(WAREHOUSE.ID.eq(id)).stream().findFirst();
    }

    private List<Warehouse> find(Condition condition) {
        var locations = dsl.selectFrom(LOCATION)
                .where(LOCATION.WAREHOUSE_ID.in(dsl.select(WAREHOUSE.ID).from(WAREHOUSE).where(condition)))
                .orderBy(LOCATION.IS_DEFAULT.desc(), LOCATION.CODE)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.getWarehouseId(), Collectors.mapping(
                        row -> new Warehouse.Location(row.getId(), row.getCode(), row.getName(), row.getActive(), row.getIsDefault()),
                        Collectors.toList())));
        return dsl.selectFrom(WAREHOUSE).where(condition)
                .orderBy(WAREHOUSE.IS_DEFAULT.desc(), WAREHOUSE.CODE)
                .fetch(row -> new Warehouse(row.getId(), row.getCode(), row.getName(), row.getAllowNegativeStock(),
                        row.getActive(), row.getIsDefault(), locations.getOrDefault(row.getId(), List.of())));
    }

    @Override
    public Optional<Location> location(UUID locationId) {
        return locations(LOCATION.ID.eq(locationId)).stream().findFirst();
    }

    @Override
    public Location defaultLocation() {
        return locations(WAREHOUSE.IS_DEFAULT.isTrue().and(LOCATION.IS_DEFAULT.isTrue())).getFirst();
    }

    @Override
    public Location defaultLocation(UUID warehouseId) {
        return locations(WAREHOUSE.ID.eq(warehouseId).and(LOCATION.IS_DEFAULT.isTrue())).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("warehouseId", "is not a warehouse of this company"));
    }

    private List<Location> locations(Condition condition) {
        return dsl.select(LOCATION.ID, LOCATION.CODE, LOCATION.ACTIVE, WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.ACTIVE,
                        WAREHOUSE.ALLOW_NEGATIVE_STOCK)
                .from(LOCATION).join(WAREHOUSE).on(WAREHOUSE.ID.eq(LOCATION.WAREHOUSE_ID))
                .where(condition)
                .fetch(row -> new Location(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                        row.value7()));
    }

    @Override
    public void add(Warehouse warehouse) {
        try {
            dsl.insertInto(WAREHOUSE)
                    .set(WAREHOUSE.ID, warehouse.id())
                    .set(WAREHOUSE.CODE, warehouse.code())
                    .set(WAREHOUSE.NAME, warehouse.name())
                    .set(WAREHOUSE.ALLOW_NEGATIVE_STOCK, warehouse.allowNegativeStock())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new DuplicateCodeException("warehouse", warehouse.code());
        }
        warehouse.locations().forEach(location -> addLocation(warehouse.id(), location));
    }

    @Override
    public void update(UUID id, String name, boolean allowNegativeStock, boolean active) {
        dsl.update(WAREHOUSE)
                .set(WAREHOUSE.NAME, name)
                .set(WAREHOUSE.ALLOW_NEGATIVE_STOCK, allowNegativeStock)
                .set(WAREHOUSE.ACTIVE, active)
                .where(WAREHOUSE.ID.eq(id))
                .execute();
    }

    @Override
    public boolean holdsNegativeStock(UUID warehouseId) {
        return dsl.fetchExists(STOCK_BALANCE,
                STOCK_BALANCE.LOCATION_ID.in(dsl.select(LOCATION.ID).from(LOCATION).where(LOCATION.WAREHOUSE_ID.eq(warehouseId))),
                STOCK_BALANCE.ON_HAND.lt(0L).or(STOCK_BALANCE.RESERVED.gt(STOCK_BALANCE.ON_HAND)));
    }

    @Override
    public void addLocation(UUID warehouseId, Warehouse.Location location) {
        try {
            dsl.insertInto(LOCATION)
                    .set(LOCATION.ID, location.id())
                    .set(LOCATION.WAREHOUSE_ID, warehouseId)
                    .set(LOCATION.CODE, location.code())
                    .set(LOCATION.NAME, location.name())
                    .set(LOCATION.IS_DEFAULT, location.isDefault())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new DuplicateCodeException("location", location.code());
        }
    }

    @Override
    public void updateLocation(UUID locationId, String name, boolean active) {
        dsl.update(LOCATION).set(LOCATION.NAME, name).set(LOCATION.ACTIVE, active).where(LOCATION.ID.eq(locationId)).execute();
    }
}
