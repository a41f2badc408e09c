-- Sales: a saved cart (DRAFT), a phone order holding stock (CONFIRMED), sold (COMPLETED) or called off (CANCELLED),
-- with its lines priced by the server. The checks repeat the domain's rules (io.elif.sales.domain.Sale, SaleLine).
create table sale (
    id            uuid           primary key,
    -- S-2026-000123: per calendar year of the business date, from number_series row 'sale-2026'
    number        text           not null check (number ~ '^S-[0-9]{4}-[0-9]{6,}$'),
    customer_id   uuid           not null references customer (id),
    price_level   text           not null
                                 check (price_level in ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5', 'WHOLESALE')),
    warehouse_id  uuid           not null,
    business_date date           not null,
    state         text           not null check (state in ('DRAFT', 'CONFIRMED', 'COMPLETED', 'CANCELLED')),
    total         numeric(15, 2) not null check (total >= 0),
    tax           numeric(15, 2) not null check (tax >= 0 and tax <= total),
    created_by    text           not null,
    created_at    timestamptz    not null,
    confirmed_by  text,
    confirmed_at  timestamptz,
    completed_by  text,
    completed_at  timestamptz,
    cancelled_by  text,
    cancelled_at  timestamptz,
    constraint sale_number_key unique (number),
    constraint sale_number_year check (substr(number, 3, 4)::integer = extract(year from business_date)),
    constraint sale_stamps check ((confirmed_by is null) = (confirmed_at is null)
        and (completed_by is null) = (completed_at is null) and (cancelled_by is null) = (cancelled_at is null)),
    constraint sale_state_stamps check (case state
        when 'DRAFT' then confirmed_at is null and completed_at is null and cancelled_at is null
        when 'CONFIRMED' then confirmed_at is not null and completed_at is null and cancelled_at is null
        when 'COMPLETED' then completed_at is not null and cancelled_at is null
        else cancelled_at is not null and completed_at is null end)
);

-- the search: newest first, by customer, by state, by clerk
create index sale_newest_idx on sale (created_at desc, id desc);
create index sale_customer_idx on sale (customer_id, created_at desc);
create index sale_state_idx on sale (state, created_at desc);
create index sale_business_date_idx on sale (business_date);

create table sale_line (
    sale_id            uuid           not null references sale (id) on delete cascade,
    line_no            integer        not null check (line_no between 1 and 200),
    product_id         uuid           not null,
    pack_id            uuid,
    sku                text           not null,
    name               text           not null,
    quantity           integer        not null check (quantity between 1 and 100000),
    units_per_pack     integer        not null check (units_per_pack >= 1),
    base_units         bigint         not null,
    unit_price         numeric(15, 2) not null check (unit_price >= 0),
    catalog_price      numeric(15, 2) not null check (catalog_price >= 0),
    tax_rate           numeric(5, 2)  not null check (tax_rate between 0 and 100),
    amount             numeric(15, 2) not null check (amount >= 0),
    tax                numeric(15, 2) not null check (tax >= 0 and tax <= amount),
    -- a manager's price instead of the catalogue's: why, who, when (all three or none)
    price_reason       text           check (char_length(price_reason) between 1 and 200),
    price_overridden_by text,
    price_overridden_at timestamptz,
    primary key (sale_id, line_no),
    constraint sale_line_base_units check (base_units = quantity::bigint * units_per_pack),
    constraint sale_line_override check ((price_reason is null) = (price_overridden_by is null)
        and (price_reason is null) = (price_overridden_at is null)),
    constraint sale_line_catalog_price check (price_reason is not null or unit_price = catalog_price)
);
