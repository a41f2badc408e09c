-- Payments: money a customer hands over, one row per payment, allocated to completed sales. What a sale owes is never
-- stored: it is derived as total + deposit_total - sum(payment_allocation.amount). The checks repeat the domain's rules
-- (io.elif.sales.domain.Payment), so no writer can store what it refuses.
create table payment (
    id            uuid           primary key,
    -- the order payments were taken in (those of one completion share their time)
    seq           bigint         generated always as identity unique,
    customer_id   uuid           not null references customer (id),
    method        text           not null check (method in ('CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER')),
    -- what settles debts: for cash, what was owed when more was handed over
    amount        numeric(15, 2) not null check (amount > 0),
    -- the operator's transaction reference (mobile money, required), the card slip or the transfer's reference
    reference     text           check (char_length(reference) between 1 and 100),
    -- cash only: what the customer handed over and what was given back (tendered = amount + change_given)
    tendered      numeric(15, 2),
    change_given  numeric(15, 2),
    taken_by      text           not null,
    taken_at      timestamptz    not null,
    business_date date           not null,
    constraint payment_mobile_money_reference check (method <> 'MOBILE_MONEY' or reference is not null),
    constraint payment_cash check (case when method = 'CASH'
        then tendered is not null and change_given is not null and change_given >= 0 and tendered = amount + change_given
        else tendered is null and change_given is null end)
);

create index payment_customer_idx on payment (customer_id, seq desc);
create index payment_business_date_idx on payment (business_date);

-- which sales a payment settles, and how much of each: a payment on a sale has one row, a payment on account one per
-- sale it reached (oldest first)
create table payment_allocation (
    payment_id uuid           not null references payment (id),
    sale_id    uuid           not null references sale (id),
    amount     numeric(15, 2) not null check (amount > 0),
    primary key (payment_id, sale_id)
);

create index payment_allocation_sale_idx on payment_allocation (sale_id);

-- The database holds the two rules of money as well: a completed sale's allocations never exceed what it asks
-- (total + deposit_total), and a payment's allocations add up to its amount (checked at commit, once both are written).
-- Writers hold the customer's row locked (decision 61), so the sums read here are not raced.
create function sales.check_allocation() returns trigger language plpgsql as $$
declare
    asked numeric;
    settled numeric;
begin
    select s.total + s.deposit_total into asked from sales.sale s where s.id = new.sale_id and s.state = 'COMPLETED';
    if asked is null then
        raise exception 'sale % is not completed: nothing is owed on it', new.sale_id using errcode = 'check_violation';
    end if;
    select sum(a.amount) into settled from sales.payment_allocation a where a.sale_id = new.sale_id;
    if settled > asked then
        raise exception 'sale % would be paid % of %', new.sale_id, settled, asked using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create trigger payment_allocation_within_payable after insert or update on payment_allocation
    for each row execute function sales.check_allocation();

create function sales.check_payment_allocated() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(a.amount), 0) from sales.payment_allocation a where a.payment_id = new.id) <> new.amount then
        raise exception 'payment % is not allocated in full', new.id using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger payment_allocated_in_full after insert or update on payment
    deferrable initially deferred for each row execute function sales.check_payment_allocated();

-- A sale completed with something left unpaid is due on the business day of its completion + the customer's terms;
-- completing it beyond the customer's credit limit needs a manager's reason, recorded with who and when.
alter table sale
    add column due_date             date,
    add column credit_reason        text check (char_length(credit_reason) between 1 and 200),
    add column credit_overridden_by text,
    add column credit_overridden_at timestamptz,
    add constraint sale_due_date check (due_date is null or state = 'COMPLETED'),
    add constraint sale_credit_override check ((credit_reason is null) = (credit_overridden_by is null)
        and (credit_reason is null) = (credit_overridden_at is null)
        and (credit_reason is null or state = 'COMPLETED'));

-- the sales completed before payments existed were never paid: they are due on their terms from their business day
update sale
set due_date = sale.business_date + customer.payment_terms_days
from customer
where customer.id = sale.customer_id and sale.state = 'COMPLETED' and sale.total + sale.deposit_total > 0;

-- a customer's open sales, oldest first (on-account allocation, the account, the credit check)
create index sale_customer_completed_idx on sale (customer_id, completed_at, id) where state = 'COMPLETED';
