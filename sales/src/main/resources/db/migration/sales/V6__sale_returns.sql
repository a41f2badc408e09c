-- Returns of a completed sale (R-2026-000007): goods back into stock once, the deposits their containers carried
-- reversed, and the money: the return's credit (goods + deposits given back) first lowers what the sale still asks,
-- what the customer had paid beyond the new figure is refunded. A sale's figures stay derived:
--   asked   = total + deposit_total - sum(returns' credit)
--   settled = sum(allocations) - sum(returns' refund)
--   owed    = asked - settled
-- The checks repeat the domain's rules (io.elif.sales.domain.SaleReturn).
create table sale_return (
    id             uuid           primary key,
    number         text           not null check (number ~ '^R-[0-9]{4}-[0-9]{6,}$'),
    sale_id        uuid           not null references sale (id),
    customer_id    uuid           not null references customer (id),
    warehouse_id   uuid           not null,
    business_date  date           not null,
    reason         text           not null check (char_length(reason) between 1 and 200),
    total          numeric(15, 2) not null check (total >= 0),
    tax            numeric(15, 2) not null check (tax >= 0 and tax <= total),
    deposit_refund numeric(15, 2) not null check (deposit_refund >= 0),
    -- what the return takes off the sale: total + deposit_refund
    credit         numeric(15, 2) not null,
    -- money handed back: what had been paid beyond what the sale asks now
    refund         numeric(15, 2) not null check (refund >= 0 and refund <= credit),
    refund_method  text           check (refund_method in ('CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER')),
    created_by     text           not null,
    created_at     timestamptz    not null,
    constraint sale_return_number_key unique (number),
    constraint sale_return_credit check (credit = total + deposit_refund),
    constraint sale_return_refund_method check ((refund > 0) = (refund_method is not null))
);
create index sale_return_sale_idx on sale_return (sale_id);

create table sale_return_line (
    return_id  uuid           not null references sale_return (id) on delete cascade,
    line_no    integer        not null,
    product_id uuid           not null,
    pack_id    uuid,
    sku        text           not null,
    name       text           not null,
    quantity   integer        not null check (quantity >= 1),
    base_units bigint         not null check (base_units >= 1),
    unit_price numeric(15, 2) not null check (unit_price >= 0),
    amount     numeric(15, 2) not null check (amount >= 0),
    tax        numeric(15, 2) not null check (tax >= 0 and tax <= amount),
    primary key (return_id, line_no)
);

-- the containers the returned goods carried: owed ones are cancelled (due), paid or exchanged ones refunded
create table sale_return_deposit (
    return_id         uuid           not null references sale_return (id) on delete cascade,
    container_type_id uuid           not null,
    code              text           not null,
    name              text           not null,
    kind              text           not null check (kind in ('BOTTLE', 'CRATE')),
    unit_deposit      numeric(15, 2) not null check (unit_deposit >= 0),
    due               bigint         not null check (due >= 0),
    consigned         bigint         not null check (consigned >= 0),
    exchanged         bigint         not null check (exchanged >= 0),
    refund            numeric(15, 2) not null check (refund >= 0),
    primary key (return_id, container_type_id),
    constraint sale_return_deposit_some check (due + consigned + exchanged >= 1)
);

-- allocations stay within what a sale asks, now net of its returns
create or replace function sales.check_allocation() returns trigger language plpgsql as $$
declare
    asked numeric;
    settled numeric;
begin
    select s.total + s.deposit_total - coalesce((select sum(r.credit) from sales.sale_return r where r.sale_id = s.id), 0)
    into asked from sales.sale s where s.id = new.sale_id and s.state = 'COMPLETED';
    if asked is null then
        raise exception 'sale % is not completed: nothing is owed on it', new.sale_id using errcode = 'check_violation';
    end if;
    select sum(a.amount) - coalesce((select sum(r.refund) from sales.sale_return r where r.sale_id = new.sale_id), 0)
    into settled from sales.payment_allocation a where a.sale_id = new.sale_id;
    if settled > asked then
        raise exception 'sale % would be paid % of %', new.sale_id, settled, asked using errcode = 'check_violation';
    end if;
    return null;
end;
$$;
