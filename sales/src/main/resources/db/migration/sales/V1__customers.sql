-- Customers of the tenant, with the commercial terms a sale reads: price level, payment terms, credit limit.
-- The checks repeat the domain's rules (io.elif.sales.domain.Customer), so no writer can store what it refuses.
create table customer (
    id                 uuid           primary key,
    code               text           not null check (code ~ '^[A-Z0-9-]{1,20}$'),
    name               text           not null check (char_length(name) between 1 and 120 and name = btrim(name)
                                                      and name !~ '[\r\n\t]'),
    phone              text           not null default '' check (phone = '' or phone ~ '^[0-9+() -]{3,30}$'),
    email              text           not null default '' check (email = '' or (char_length(email) <= 254
                                                      and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')),
    address            text           not null default '' check (char_length(address) <= 500),
    price_level        text           not null default 'LEVEL_1'
                                      check (price_level in ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5', 'WHOLESALE')),
    payment_terms_days integer        not null default 30 check (payment_terms_days between 0 and 365),
    credit_limit       numeric(15, 2) not null default 0 check (credit_limit >= 0),
    active             boolean        not null default true,
    walk_in            boolean        not null default false,
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    -- the walk-in customer serves anonymous counter sales: always there, paying at once, never on credit
    constraint customer_walk_in_terms check (not walk_in
        or (code = 'WALK-IN' and active and payment_terms_days = 0 and credit_limit = 0))
);

-- codes are unique whatever the case (stored upper case, the index also decides concurrent creations)
create unique index customer_code_key on customer (upper(code));
-- exactly one walk-in customer
create unique index customer_one_walk_in on customer (walk_in) where walk_in;
-- the list's order (name, then code), and phone look-ups at the counter
create index customer_name_idx on customer (lower(name), code);
create index customer_phone_idx on customer (phone) where phone <> '';

-- Numbers given by the server, one row per series ('customer'; later one per document type and year). The row is
-- taken with insert ... on conflict do update ... returning, whose row lock holds until the transaction ends, so
-- concurrent creations wait for each other and never get the same number.
create table number_series (
    series      text   primary key,
    last_number bigint not null check (last_number > 0)
);

insert into customer (id, code, name, price_level, payment_terms_days, credit_limit, walk_in)
values (gen_random_uuid(), 'WALK-IN', 'Walk-in customer', 'LEVEL_1', 0, 0, true);
