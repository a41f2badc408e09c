-- Empty returnable containers (crates, bottles) standing in a warehouse, per container type: an append-only
-- ledger whose sums are the counts. Empties are not products (no price, cost or lot), so they are counted apart
-- from the stock cards; the container's code and name are copied, as a sale line copies its product's.
create table empties_movement (
    id                bigint generated always as identity primary key,
    warehouse_id      uuid        not null references warehouse (id),
    container_type_id uuid        not null,
    code              text        not null,
    name              text        not null,
    -- positive in (a customer's exchange or return), negative out (back to a supplier)
    quantity          bigint      not null check (quantity <> 0),
    reason            text        not null check (reason in ('CUSTOMER_EXCHANGE', 'CUSTOMER_RETURN')),
    reference         text        not null check (char_length(reference) between 1 and 40),
    recorded_by       text        not null,
    recorded_at       timestamptz not null
);
create index empties_movement_count_idx on empties_movement (warehouse_id, container_type_id);
