-- Deliveries: goods received from a supplier, against an order or (a manager's) without one. A DRAFT records what
-- arrived; CONFIRMED is final (its goods were booked into stock once, under the delivery's number). Quantities count
-- the supplier's packs; costs are per pack, excluding tax.
create table delivery (
    id                 uuid        primary key,
    number             text        not null unique check (number ~ '^D-[0-9]{4}-[0-9]{6,}$'),
    order_id           uuid        references purchase_order (id),
    supplier_id        uuid        not null references supplier (id),
    business_date      date        not null,
    supplier_reference text        not null default '' check (char_length(supplier_reference) <= 50),
    confirmed          boolean     not null default false,
    override_reason    text        check (char_length(override_reason) between 1 and 200),
    created_by         text        not null,
    created_at         timestamptz not null,
    confirmed_by       text,
    confirmed_at       timestamptz,
    updated_at         timestamptz not null default now(),
    constraint delivery_confirmation check (confirmed = (confirmed_at is not null)),
    constraint delivery_override_confirmed check (override_reason is null or confirmed)
);

create index delivery_order_idx on delivery (order_id);
create index delivery_supplier_idx on delivery (supplier_id, business_date desc);

create table delivery_line (
    delivery_id    uuid           not null references delivery (id) on delete cascade,
    line_no        integer        not null check (line_no between 1 and 200),
    order_line_no  integer,
    product_id     uuid           not null,
    pack_id        uuid,
    sku            text           not null,
    name           text           not null,
    units_per_pack integer        not null check (units_per_pack between 1 and 10000),
    quantity       integer        not null check (quantity between 1 and 100000),
    unit_cost      numeric(19, 4) not null check (unit_cost >= 0),
    lot            text           not null default '' check (char_length(lot) <= 50),
    best_before    date,
    condition      text           not null default '' check (char_length(condition) <= 500),
    location_id    uuid,
    primary key (delivery_id, line_no)
);

-- a confirmed delivery is final: its lines no longer change (the goods are in stock under its number)
create function delivery_line_final() returns trigger language plpgsql as $$
begin
    if exists (select 1 from purchasing.delivery where id = coalesce(old.delivery_id, new.delivery_id) and confirmed) then
        raise exception 'delivery % is confirmed: its lines are final', coalesce(old.delivery_id, new.delivery_id);
    end if;
    return coalesce(new, old);
end
$$;

create trigger delivery_line_final before insert or update or delete on delivery_line
    for each row execute function delivery_line_final();
