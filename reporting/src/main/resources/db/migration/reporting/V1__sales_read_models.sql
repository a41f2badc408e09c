-- Reporting's read models: fed only by other modules' events, never by their tables (docs/reporting.md defines
-- every figure they hold).

-- Every event a read model took, by the document it is about and the event's kind: a second delivery of the same
-- event finds its row and counts nothing.
create table processed_event (
    document_id  uuid        not null,
    kind         text        not null,
    processed_at timestamptz not null default now(),
    primary key (document_id, kind)
);

-- The products' names, from the catalogue's events.
create table product (
    product_id  uuid primary key,
    sku         text not null,
    name        text not null,
    category_id uuid
);

-- What a later return of a completed sale needs: who sold it, and per product the base units and the cost issued.
create table sale (
    sale_id       uuid primary key,
    number        text not null,
    clerk         text not null,
    business_date date not null
);

create table sale_product (
    sale_id             uuid           not null references sale,
    product_id          uuid           not null,
    base_units          bigint         not null check (base_units > 0),
    cost                numeric(19, 2) not null check (cost >= 0),
    returned_base_units bigint         not null default 0,
    returned_cost       numeric(19, 2) not null default 0,
    primary key (sale_id, product_id),
    check (returned_base_units between 0 and base_units),
    check (returned_cost between 0 and cost)
);

-- The sales of a business day per dimension: TOTAL (key ''), PRODUCT, CUSTOMER, WAREHOUSE (their ids) and CLERK
-- (the username). Returns are booked on their own day as negative quantities and amounts.
create table daily_sales (
    day         date           not null,
    dimension   text           not null check (dimension in ('TOTAL', 'PRODUCT', 'CUSTOMER', 'CLERK', 'WAREHOUSE')),
    key         text           not null,
    quantity    bigint         not null default 0,
    revenue     numeric(19, 2) not null default 0,
    tax         numeric(19, 2) not null default 0,
    cost        numeric(19, 2) not null default 0,
    sales_count integer        not null default 0,
    -- what customers owe moved by the day's documents (TOTAL only): sales and their deposits up, payments and
    -- returns' credits down, refunds up
    owed_change numeric(19, 2) not null default 0,
    primary key (dimension, day, key)
);

-- The payments received on a business day per method and the user who took them.
create table daily_payments (
    day      date           not null,
    method   text           not null,
    taken_by text           not null,
    amount   numeric(19, 2) not null default 0,
    payments integer        not null default 0,
    primary key (day, method, taken_by)
);
