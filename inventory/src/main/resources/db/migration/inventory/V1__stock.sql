-- One stock record per product, opened when the catalog announces the product.
-- on_hand is kept equal to the sum of the product's movements, in the same transaction.
create table stock_record (
    product_id uuid        primary key,
    on_hand    bigint      not null default 0 check (on_hand >= 0),
    opened_at  timestamptz not null default now()
);

create table stock_movement (
    id          bigint generated always as identity primary key,
    product_id  uuid        not null references stock_record (product_id),
    quantity    bigint      not null check (quantity <> 0),
    kind        text        not null,
    reference   text        not null,
    occurred_at timestamptz not null default now()
);

create index stock_movement_product_idx on stock_movement (product_id, occurred_at);
