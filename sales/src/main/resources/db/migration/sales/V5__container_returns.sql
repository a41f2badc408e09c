-- Empties a customer brings back after a sale, as their own document (E-2026-000001): each returned container first
-- settles what the customer owes (due), the rest gives back the deposit paid for it (refunded). A customer's
-- container balance is derived from the deposit lines of completed sales and these returns, never kept by hand.
-- The checks repeat the domain's rules (io.elif.sales.domain.ContainerReturn).
create table container_return (
    id            uuid           primary key,
    number        text           not null check (number ~ '^E-[0-9]{4}-[0-9]{6,}$'),
    customer_id   uuid           not null references customer (id),
    warehouse_id  uuid           not null,
    business_date date           not null,
    refund_total  numeric(15, 2) not null check (refund_total >= 0),
    created_by    text           not null,
    created_at    timestamptz    not null,
    constraint container_return_number_key unique (number)
);
create index container_return_customer_idx on container_return (customer_id, created_at desc);

create table container_return_line (
    return_id         uuid           not null references container_return (id) on delete cascade,
    container_type_id uuid           not null,
    code              text           not null,
    name              text           not null,
    kind              text           not null check (kind in ('BOTTLE', 'CRATE')),
    unit_deposit      numeric(15, 2) not null check (unit_deposit >= 0),
    quantity          bigint         not null check (quantity >= 1),
    settled           bigint         not null check (settled >= 0),
    refunded          bigint         not null check (refunded >= 0),
    refund            numeric(15, 2) not null check (refund >= 0),
    primary key (return_id, container_type_id),
    constraint container_return_line_split check (settled + refunded = quantity)
);

