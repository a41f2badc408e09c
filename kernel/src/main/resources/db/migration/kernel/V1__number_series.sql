-- Numbers given by the server, one row per series across the modules ('customer', 'sale-2026',
-- 'purchase-order-2026'). The row is taken with insert ... on conflict do update ... returning, whose row lock holds
-- until the transaction ends, so concurrent creations wait for each other and never get the same number.
create table number_series (
    series      text   primary key,
    last_number bigint not null check (last_number > 0)
);
