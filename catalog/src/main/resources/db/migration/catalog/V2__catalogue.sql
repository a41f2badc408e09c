-- Issue 4: categories, tax classes, the tenant's catalogue settings, barcodes, packs, price history
-- and returnable containers. Existing products keep their data: their category name becomes a category,
-- they get the default tax class, and their price becomes the first LEVEL_1 price of their history.

create table catalog_setting (
    id                        boolean primary key default true check (id),
    currency                  text    not null default 'MGA' check (currency ~ '^[A-Z]{3}$'),
    sales_prices_include_tax  boolean not null default true,
    purchase_costs_include_tax boolean not null default false
);
insert into catalog_setting default values;

create table category (
    id       uuid primary key,
    name     text    not null check (length(name) between 1 and 100),
    sellable boolean not null default true
);
create unique index category_name_key on category (lower(name));

create table tax_class (
    id   uuid primary key,
    name text          not null check (length(name) between 1 and 100),
    rate numeric(5, 2) not null check (rate between 0 and 100)
);
create unique index tax_class_name_key on tax_class (lower(name));

-- every tenant starts with one tax class, so a product can always be given one
insert into tax_class (id, name, rate) values (gen_random_uuid(), 'Standard', 20.00);

insert into category (id, name)
select gen_random_uuid(), min(category_name) from product group by lower(category_name);

alter table product
    add column description      text    not null default '',
    add column category_id      uuid references category (id),
    add column tax_class_id     uuid references tax_class (id),
    add column active           boolean not null default true,
    add column minimum_stock    bigint  not null default 0 check (minimum_stock >= 0),
    add column maximum_stock    bigint,
    add column storage_location text    not null default '',
    add constraint product_stock_limits check (maximum_stock is null or maximum_stock >= minimum_stock);

update product p
set category_id  = (select c.id from category c where lower(c.name) = lower(p.category_name)),
    tax_class_id = (select t.id from tax_class t where t.name = 'Standard');

alter table product
    alter column category_id set not null,
    alter column tax_class_id set not null;

create index product_category_idx on product (category_id);
create index product_created_idx on product (created_at);

create table pack (
    id            uuid primary key,
    product_id    uuid    not null references product (id),
    name          text    not null check (length(name) between 1 and 100),
    units_per_pack integer not null check (units_per_pack >= 2),
    created_at    timestamptz not null default now()
);
create index pack_product_idx on pack (product_id);

-- one table for the barcodes of products and packs, so that a code names exactly one thing
create table barcode (
    code       text primary key check (code ~ '^([0-9]{8}|[0-9]{12,14})$'),
    product_id uuid not null references product (id),
    pack_id    uuid references pack (id)
);
create index barcode_product_idx on barcode (product_id);
create unique index barcode_one_per_pack on barcode (pack_id) where pack_id is not null;

-- append-only: a change of price is a new row; the current one is the latest valid_from <= today
create table price (
    id          bigint generated always as identity primary key,
    product_id  uuid           not null references product (id),
    pack_id     uuid references pack (id),
    level       text           not null check (level in ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5', 'WHOLESALE')),
    amount      numeric(15, 2) not null check (amount >= 0),
    valid_from  date           not null,
    recorded_at timestamptz    not null default clock_timestamp(),
    recorded_by text           not null
);
create index price_current_idx on price (product_id, level, valid_from desc, recorded_at desc);

insert into price (product_id, level, amount, valid_from, recorded_at, recorded_by)
select id, 'LEVEL_1', price, created_at::date, created_at, 'migration' from product;

alter table product
    drop column category_name,
    drop column price;

create table container_type (
    id      uuid primary key,
    code    text           not null check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    name    text           not null check (length(name) between 1 and 100),
    kind    text           not null check (kind in ('BOTTLE', 'CRATE')),
    deposit numeric(15, 2) not null check (deposit >= 0),
    constraint container_type_code_key unique (code)
);

-- what one base unit (pack_id null) or one pack of a product carries
create table product_container (
    product_id        uuid    not null references product (id),
    pack_id           uuid references pack (id),
    container_type_id uuid    not null references container_type (id),
    quantity          integer not null check (quantity > 0),
    constraint product_container_key unique nulls not distinct (product_id, pack_id, container_type_id)
);
