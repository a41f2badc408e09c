-- Suppliers of the tenant and what each sells. The checks repeat the domain's rules
-- (io.elif.purchasing.domain.Supplier, SupplierProduct), so no writer can store what it refuses.
create table supplier (
    id                 uuid        primary key,
    code               text        not null check (code ~ '^[A-Z0-9-]{1,20}$'),
    name               text        not null check (char_length(name) between 1 and 120 and name = btrim(name)
                                                   and name !~ '[\r\n\t]'),
    contact            text        not null default '' check (char_length(contact) <= 120),
    phone              text        not null default '' check (phone = '' or phone ~ '^[0-9+() -]{3,30}$'),
    email              text        not null default '' check (email = '' or (char_length(email) <= 254
                                                   and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')),
    address            text        not null default '' check (char_length(address) <= 500),
    tax_number         text        not null default '' check (char_length(tax_number) <= 50),
    payment_terms_days integer     not null default 30 check (payment_terms_days between 0 and 365),
    currency           text        not null check (currency ~ '^[A-Z]{3}$'),
    active             boolean     not null default true,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- codes are unique whatever the case (stored upper case; the index also decides concurrent creations)
create unique index supplier_code_key on supplier (upper(code));
create index supplier_name_idx on supplier (lower(name), code);

-- Which supplier sells which product in which pack (pack_id null: the base unit), with its terms. Quantities
-- (minimum, multiple) count the supplier's packs; costs are per pack, excluding tax.
create table supplier_product (
    id                     uuid           primary key,
    supplier_id            uuid           not null references supplier (id),
    product_id             uuid           not null,
    pack_id                uuid,
    units_per_pack         integer        not null check (units_per_pack between 1 and 10000),
    reference              text           not null default '' check (char_length(reference) <= 50),
    agreed_unit_cost       numeric(19, 4) check (agreed_unit_cost >= 0),
    last_unit_cost         numeric(19, 4) check (last_unit_cost >= 0),
    minimum_order_quantity integer        not null default 1 check (minimum_order_quantity between 1 and 100000),
    order_multiple         integer        not null default 1 check (order_multiple between 1 and 100000),
    lead_time_days         integer        not null default 0 check (lead_time_days between 0 and 365),
    preferred              boolean        not null default false,
    created_at             timestamptz    not null default now(),
    updated_at             timestamptz    not null default now()
);

-- a supplier lists a product's pack once
create unique index supplier_product_key
    on supplier_product (supplier_id, product_id, coalesce(pack_id, '00000000-0000-0000-0000-000000000000'));
-- one preferred supplier (and pack) per product
create unique index supplier_product_one_preferred on supplier_product (product_id) where preferred;
create index supplier_product_product_idx on supplier_product (product_id);
