-- Warehouses and their locations; stock is now held per product, location and lot.
create table warehouse (
    id                   uuid primary key,
    code                 text        not null,
    name                 text        not null,
    allow_negative_stock boolean     not null default false,
    active               boolean     not null default true,
    is_default           boolean     not null default false,
    created_at           timestamptz not null default now(),
    constraint warehouse_code_key unique (code)
);
create unique index warehouse_one_default on warehouse (is_default) where is_default;

create table location (
    id           uuid primary key,
    warehouse_id uuid    not null references warehouse (id),
    code         text    not null,
    name         text    not null,
    active       boolean not null default true,
    is_default   boolean not null default false,
    constraint location_code_key unique (warehouse_id, code)
);
create unique index location_one_default on location (warehouse_id) where is_default;

-- Every tenant starts with one warehouse: its back store (the default for receipts) and its front store.
insert into warehouse (id, code, name, is_default) values ('00000000-0000-0000-0000-000000000001', 'MAIN', 'Main warehouse', true);
insert into location (id, warehouse_id, code, name, is_default)
values ('00000000-0000-0000-0000-000000000011', '00000000-0000-0000-0000-000000000001', 'BACK', 'Back store', true),
       ('00000000-0000-0000-0000-000000000012', '00000000-0000-0000-0000-000000000001', 'FRONT', 'Front store', false);

-- A lot's best-before date is one fact per product and lot, whatever location holds it.
create table lot (
    product_id  uuid not null,
    code        text not null check (code <> ''),
    best_before date,
    primary key (product_id, code)
);

-- The balance of one product at one location and lot ('' = no lot). on_hand is kept equal to the sum
-- of its movements in the same transaction; reserved to the sum of its open reservation allocations.
create table stock_balance (
    id              bigint generated always as identity primary key,
    product_id      uuid    not null references stock_record (product_id),
    location_id     uuid    not null references location (id),
    lot             text    not null default '',
    best_before     date,
    on_hand         bigint  not null default 0,
    reserved        bigint  not null default 0,
    may_go_negative boolean not null default false,
    constraint stock_balance_key unique (product_id, location_id, lot),
    constraint stock_balance_reserved_positive check (reserved >= 0),
    constraint stock_balance_never_oversold check (may_go_negative or (on_hand >= 0 and reserved <= on_hand))
);
create index stock_balance_location_idx on stock_balance (location_id);
create index stock_balance_best_before_idx on stock_balance (best_before) where best_before is not null and on_hand > 0;

-- The product's inventory card: the catalog's facts inventory needs, the company-wide on hand
-- (sum of its balances) and the moving average cost.
alter table stock_record drop constraint stock_record_reserved_within_on_hand;
alter table stock_record drop constraint stock_record_on_hand_check;
alter table stock_record
    add column sku           text,
    add column name          text,
    add column base_unit     text,
    add column category_id   uuid,
    add column active        boolean       not null default true,
    add column minimum_stock bigint        not null default 0,
    add column maximum_stock bigint,
    add column average_cost  numeric(19, 4) not null default 0;

insert into stock_balance (product_id, location_id, on_hand, reserved)
select product_id, '00000000-0000-0000-0000-000000000011', on_hand, reserved from stock_record;

alter table stock_movement
    add column location_id uuid references location (id),
    add column lot         text not null default '';
update stock_movement set location_id = '00000000-0000-0000-0000-000000000011';
alter table stock_movement alter column location_id set not null;
drop index stock_movement_product_idx;
create index stock_movement_balance_idx on stock_movement (product_id, location_id, lot);

-- Which balances hold a reservation line; issuing takes exactly these.
create table reservation_allocation (
    reference  text   not null,
    product_id uuid   not null,
    balance_id bigint not null references stock_balance (id),
    quantity   bigint not null check (quantity > 0),
    primary key (reference, product_id, balance_id),
    foreign key (reference, product_id) references reservation (reference, product_id)
);
insert into reservation_allocation (reference, product_id, balance_id, quantity)
select r.reference, r.product_id, b.id, r.quantity
from reservation r join stock_balance b on b.product_id = r.product_id
where r.state = 'OPEN';
alter table reservation add column warehouse_id uuid references warehouse (id);
update reservation set warehouse_id = '00000000-0000-0000-0000-000000000001';
alter table reservation alter column warehouse_id set not null;
alter table stock_record drop column reserved;

-- Short numbers people read aloud, per kind and year, never reused.
create table document_counter (
    kind text    not null,
    year integer not null,
    last bigint  not null,
    primary key (kind, year)
);

create table transfer (
    id               uuid primary key,
    number           text        not null unique,
    state            text        not null check (state in ('IN_TRANSIT', 'RECEIVED')),
    from_location_id uuid        not null references location (id),
    to_location_id   uuid        not null references location (id),
    note             text,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    received_at      timestamptz,
    received_by      text,
    check (from_location_id <> to_location_id)
);
create index transfer_state_idx on transfer (state, created_at);

create table transfer_line (
    transfer_id uuid   not null references transfer (id),
    line_no     int    not null,
    product_id  uuid   not null,
    lot         text   not null default '',
    best_before date,
    quantity    bigint not null check (quantity > 0),
    primary key (transfer_id, line_no)
);
