create table product (
    id            uuid primary key,
    sku           text          not null,
    name          text          not null,
    category_name text          not null,
    base_unit     text          not null,
    price         numeric(15, 2) not null check (price >= 0),
    created_at    timestamptz   not null default now(),
    constraint product_sku_key unique (sku)
);

create index product_name_idx on product (lower(name));
