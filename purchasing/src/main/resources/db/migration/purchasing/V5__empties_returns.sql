-- The supplier's containers (crates, bottles) that came in with a confirmed delivery: packs x the containers each pack
-- carried, and the deposit, as the catalogue said at the confirmation. What we hold of a supplier's is derived from
-- these and the returns below; nothing is counted by hand.
create table delivery_container (
    delivery_id       uuid           not null references delivery (id),
    container_type_id uuid           not null,
    code              text           not null,
    name              text           not null,
    quantity          bigint         not null check (quantity > 0),
    unit_deposit      numeric(19, 4) not null check (unit_deposit >= 0),
    primary key (delivery_id, container_type_id)
);

-- Empties back to a supplier: they left a warehouse's empties (inventory, under the return's number) and are
-- credited at the supplier's deposit (the latest a delivery of theirs carried). Final once written.
create table empties_return (
    id                 uuid           primary key,
    number             text           not null unique check (number ~ '^ES-[0-9]{4}-[0-9]{6,}$'),
    supplier_id        uuid           not null references supplier (id),
    warehouse_id       uuid           not null,
    business_date      date           not null,
    supplier_reference text           not null default '' check (char_length(supplier_reference) <= 50),
    currency           text           not null check (currency ~ '^[A-Z]{3}$'),
    credit             numeric(19, 2) not null check (credit >= 0),
    created_by         text           not null,
    created_at         timestamptz    not null
);

create index empties_return_supplier_idx on empties_return (supplier_id, business_date desc);

create table empties_return_line (
    return_id         uuid           not null references empties_return (id),
    line_no           integer        not null check (line_no between 1 and 50),
    container_type_id uuid           not null,
    code              text           not null,
    name              text           not null,
    quantity          bigint         not null check (quantity between 1 and 1000000),
    unit_deposit      numeric(19, 4) not null check (unit_deposit >= 0),
    amount            numeric(19, 2) not null check (amount >= 0),
    primary key (return_id, line_no),
    unique (return_id, container_type_id)
);
