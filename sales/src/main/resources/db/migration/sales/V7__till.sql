-- Tills: the tenant's cash registers. A clerk opens a session on a till with a float; every cash movement of the
-- session (the float, cash payments, cash refunds, cash put in or taken out) is a row of its ledger, whose sum is the
-- cash the drawer should hold. Closing counts the cash and keeps what was expected, counted and the difference.
-- The checks repeat the domain's rules (io.elif.sales.domain.Till, TillSession, TillMovement, CashCount).
create table till (
    id         uuid        primary key,
    code       text        not null check (code ~ '^[A-Z0-9-]{1,20}$'),
    name       text        not null check (char_length(name) between 1 and 120 and name = btrim(name)
                                           and name !~ '[\r\n\t]'),
    active     boolean     not null default true,
    created_at timestamptz not null default now()
);
create unique index till_code_key on till (upper(code));

insert into till (id, code, name) values (gen_random_uuid(), 'TILL-1', 'Till 1');

create table till_session (
    id            uuid           primary key,
    till_id       uuid           not null references till (id),
    clerk         text           not null,
    state         text           not null check (state in ('OPEN', 'CLOSED')),
    business_date date           not null,
    opening_float numeric(15, 2) not null check (opening_float >= 0),
    opened_at     timestamptz    not null,
    -- at closing: the ledger's sum, the cash counted and counted - expected (over > 0, short < 0)
    expected      numeric(15, 2),
    counted       numeric(15, 2) check (counted >= 0),
    difference    numeric(15, 2),
    closed_by     text,
    closed_at     timestamptz,
    constraint till_session_closing check (case state
        when 'OPEN' then expected is null and counted is null and difference is null and closed_by is null
                         and closed_at is null
        else expected is not null and counted is not null and difference = counted - expected
             and closed_by is not null and closed_at is not null and closed_at >= opened_at end)
);
-- one open session per till and one per clerk: these two indexes decide concurrent openings
create unique index till_session_open_till on till_session (till_id) where state = 'OPEN';
create unique index till_session_open_clerk on till_session (clerk) where state = 'OPEN';
-- the manager's view: newest first, by till, by clerk
create index till_session_newest_idx on till_session (opened_at desc, id desc);
create index till_session_till_idx on till_session (till_id, opened_at desc);
create index till_session_clerk_idx on till_session (clerk, opened_at desc);

-- the cash counted at closing, by denomination (absent when the clerk gave one figure)
create table till_count (
    session_id uuid           not null references till_session (id),
    value      numeric(15, 2) not null check (value > 0),
    count      integer        not null check (count between 0 and 1000000),
    primary key (session_id, value)
);

-- The session's cash ledger: its sum is the cash expected in the drawer. Signed: what comes in is positive (the float,
-- a cash payment, cash put in), what goes out negative (a refund, cash taken out).
create table till_movement (
    id         uuid           primary key,
    seq        bigint         generated always as identity unique,
    session_id uuid           not null references till_session (id),
    kind       text           not null check (kind in ('FLOAT', 'PAYMENT', 'REFUND', 'PAID_IN', 'PAID_OUT')),
    amount     numeric(15, 2) not null,
    -- PAYMENT: the payment; REFUND: the document refunded (E-2026-000001); PAID_IN, PAID_OUT: why
    payment_id uuid           references payment (id),
    reference  text           check (char_length(reference) between 1 and 200),
    by_user    text           not null,
    at         timestamptz    not null,
    constraint till_movement_sign check (case kind
        when 'FLOAT' then amount >= 0
        when 'PAYMENT' then amount > 0 and payment_id is not null
        when 'REFUND' then amount < 0 and reference is not null
        when 'PAID_IN' then amount > 0 and reference is not null
        else amount < 0 and reference is not null end),
    constraint till_movement_payment check ((payment_id is not null) = (kind = 'PAYMENT'))
);
create index till_movement_session_idx on till_movement (session_id, seq);
create unique index till_movement_payment_key on till_movement (payment_id) where payment_id is not null;
create unique index till_movement_float_key on till_movement (session_id) where kind = 'FLOAT';

-- The ledger only grows, and only while its session is open (writers hold the session's row, for share).
create function sales.check_till_movement() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        raise exception 'till movements are never changed or deleted' using errcode = 'check_violation';
    end if;
    if not exists (select 1 from sales.till_session s where s.id = new.session_id and s.state = 'OPEN') then
        raise exception 'till session % is closed: it takes no cash', new.session_id using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger till_movement_open_session before insert or update or delete on till_movement
    for each row execute function sales.check_till_movement();
