-- A return whose sale reporting has not booked yet: events are delivered asynchronously and may overtake each other,
-- so such a return waits here and is booked as soon as its sale is.
create table parked_return (
    return_id      uuid           primary key,
    number         text           not null,
    sale_id        uuid           not null,
    sale_number    text           not null,
    customer_id    uuid,
    warehouse_id   uuid           not null,
    business_date  date           not null,
    returned_by    text           not null,
    returned_at    timestamptz    not null,
    total          numeric(19, 2) not null,
    tax            numeric(19, 2) not null,
    deposit_refund numeric(19, 2) not null,
    refund         numeric(19, 2) not null
);

create index parked_return_by_sale on parked_return (sale_id);

create table parked_return_line (
    return_id  uuid           not null references parked_return on delete cascade,
    line_no    integer        not null,
    product_id uuid           not null,
    pack_id    uuid,
    quantity   integer        not null,
    base_units bigint         not null,
    unit_price numeric(19, 2) not null,
    amount     numeric(19, 2) not null,
    tax        numeric(19, 2) not null,
    primary key (return_id, line_no)
);
