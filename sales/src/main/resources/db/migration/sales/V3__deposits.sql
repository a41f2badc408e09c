-- Deposits: the returnable containers a sale's lines carry (a crate of 24 carries 1 crate and 24 bottles), one row
-- per container type, split by what the customer does with them: pays the deposit now (consigned), brings the same
-- number of empties back (exchanged) or owes them (due). The checks repeat the domain's rules
-- (io.elif.sales.domain.SaleDeposit); deposits are never revenue, so they stay out of the sale's total and tax.
create table sale_deposit (
    sale_id           uuid           not null references sale (id) on delete cascade,
    container_type_id uuid           not null,
    code              text           not null,
    name              text           not null,
    kind              text           not null check (kind in ('BOTTLE', 'CRATE')),
    unit_deposit      numeric(15, 2) not null check (unit_deposit >= 0),
    quantity          bigint         not null check (quantity >= 1),
    consigned         bigint         not null check (consigned >= 0),
    exchanged         bigint         not null check (exchanged >= 0),
    due               bigint         not null check (due >= 0),
    -- consigned x unit deposit, rounded to the money unit
    amount            numeric(15, 2) not null check (amount >= 0),
    primary key (sale_id, container_type_id),
    constraint sale_deposit_split check (consigned + exchanged + due = quantity)
);

-- what the sale asks beside its total: the sum of its deposits' amounts; a sale's payable is total + deposit_total
alter table sale add column deposit_total numeric(15, 2) not null default 0 check (deposit_total >= 0);
