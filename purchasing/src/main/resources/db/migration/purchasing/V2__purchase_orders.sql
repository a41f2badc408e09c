-- Purchase orders and their lines. The state machine is the domain's (io.elif.purchasing.domain.PurchaseOrder);
-- the checks keep what it refuses out of the table. Quantities count the supplier's packs; costs are per pack,
-- excluding tax; amounts are rounded to the tenant's money unit and stored with two decimals.
create table purchase_order (
    id            uuid           primary key,
    number        text           not null unique check (number ~ '^PO-[0-9]{4}-[0-9]{6,}$'),
    supplier_id   uuid           not null references supplier (id),
    warehouse_id  uuid,
    currency      text           not null check (currency ~ '^[A-Z]{3}$'),
    business_date date           not null,
    expected_date date,
    notes         text           not null default '' check (char_length(notes) <= 1000),
    state         text           not null check (state in ('DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED',
                                                           'CANCELLED', 'CLOSED')),
    net           numeric(15, 2) not null check (net >= 0),
    tax           numeric(15, 2) not null check (tax >= 0),
    total         numeric(15, 2) not null check (total = net + tax),
    created_by    text           not null,
    created_at    timestamptz    not null,
    sent_by       text,
    sent_at       timestamptz,
    confirmed_by  text,
    confirmed_at  timestamptz,
    ended_by      text,
    ended_at      timestamptz,
    close_reason  text           check (char_length(close_reason) between 1 and 200),
    updated_at    timestamptz    not null default now(),
    constraint purchase_order_closed_why check ((state = 'CLOSED') = (close_reason is not null))
);

create index purchase_order_supplier_idx on purchase_order (supplier_id, business_date desc);
create index purchase_order_date_idx on purchase_order (business_date desc, number desc);
create index purchase_order_open_idx on purchase_order (state) where state in ('DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED');

create table purchase_order_line (
    order_id       uuid           not null references purchase_order (id) on delete cascade,
    line_no        integer        not null check (line_no between 1 and 200),
    product_id     uuid           not null,
    pack_id        uuid,
    sku            text           not null,
    name           text           not null,
    units_per_pack integer        not null check (units_per_pack between 1 and 10000),
    quantity       integer        not null check (quantity between 1 and 100000),
    unit_cost      numeric(19, 4) not null check (unit_cost >= 0),
    tax_rate       numeric(5, 2)  not null check (tax_rate between 0 and 100),
    amount         numeric(15, 2) not null check (amount >= 0),
    tax            numeric(15, 2) not null check (tax >= 0),
    received       integer        not null default 0 check (received >= 0),
    primary key (order_id, line_no)
);

create unique index purchase_order_line_item_key
    on purchase_order_line (order_id, product_id, coalesce(pack_id, '00000000-0000-0000-0000-000000000000'));
create index purchase_order_line_product_idx on purchase_order_line (product_id);
