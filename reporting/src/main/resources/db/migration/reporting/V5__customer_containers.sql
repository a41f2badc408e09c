-- The containers customers hold (docs/reporting.md, "Containers outstanding"), as they changed: a completed sale's
-- consigned (deposit paid) and due (owed) containers up, with the deposits paid; a return of goods takes its
-- containers off (the consigned ones' deposits at the sale's unit deposit); a return of empties settles due ones
-- and refunds consigned ones. Rows are only added: a day's balance is the sum of the rows up to it.
create table container_change (
    customer_id       uuid           not null,
    container_type_id uuid           not null,
    code              text           not null,
    day               date           not null,
    consigned         bigint         not null,
    due               bigint         not null,
    deposits          numeric(19, 4) not null
);

create index container_change_by_customer on container_change (customer_id, container_type_id, day);
