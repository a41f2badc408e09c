-- Reservations: stock promised to an order. Available = on hand - reserved, never below zero.
alter table stock_record
    add column reserved bigint not null default 0,
    add constraint stock_record_reserved_within_on_hand check (reserved >= 0 and reserved <= on_hand);

-- One row per reference and product; the primary key makes a repeated reservation a no-op.
create table reservation (
    reference  text        not null,
    product_id uuid        not null references stock_record (product_id),
    quantity   bigint      not null check (quantity > 0),
    state      text        not null default 'OPEN' check (state in ('OPEN', 'RELEASED', 'ISSUED')),
    created_at timestamptz not null default now(),
    closed_at  timestamptz,
    primary key (reference, product_id)
);
