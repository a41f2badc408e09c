-- What customers owe, sale by sale, as it changed (docs/reporting.md, "Money owed" and "Ageing"): each completed
-- sale's due date, and every change of what a customer owes on its business day: a sale (total + deposits) up,
-- a payment's allocation to a sale down, a return's credit down and its refund up; the part of a payment that went
-- to no sale (sale_id null) down. Rows are only added: what a sale owes on a day is the sum of its rows up to it.
create table debt_sale (
    sale_id       uuid primary key,
    customer_id   uuid not null,
    number        text not null,
    business_date date not null,
    due_date      date not null
);

create table debt_change (
    customer_id uuid           not null,
    sale_id     uuid,
    day         date           not null,
    amount      numeric(19, 2) not null
);

create index debt_change_by_customer on debt_change (customer_id, sale_id, day);
