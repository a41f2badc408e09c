-- Products whose stock fell below their minimum (inventory's StockFellBelowMinimum), kept so that the reorder
-- suggestions survive a restart. One row per product, written again by a repeated event; what to order is computed
-- when asked, from the stock, what is on order and the preferred supplier's terms.
create table reorder_need (
    product_id    uuid        primary key,
    sku           text        not null,
    minimum_stock bigint      not null check (minimum_stock >= 0),
    maximum_stock bigint      check (maximum_stock is null or maximum_stock >= minimum_stock),
    raised_at     timestamptz not null
);
