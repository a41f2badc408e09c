-- Stocktakes: a count sheet for one location. Expected quantities are the balances when the sheet was started;
-- on approval the variances (counted - expected) are posted as STOCKTAKE movements.
create table stocktake (
    id           uuid primary key,
    number       text        not null unique,
    state        text        not null check (state in ('COUNTING', 'SUBMITTED', 'APPROVED', 'CANCELLED')),
    location_id  uuid        not null references location (id),
    blind        boolean     not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    submitted_at timestamptz,
    submitted_by text,
    closed_at    timestamptz,
    closed_by    text
);
create index stocktake_state_idx on stocktake (state, created_at);

create table stocktake_line (
    stocktake_id uuid   not null references stocktake (id),
    product_id   uuid   not null,
    lot          text   not null default '',
    best_before  date,
    expected     bigint not null,
    counted      bigint check (counted >= 0),
    primary key (stocktake_id, product_id, lot)
);
