-- Who booked a movement and why (adjustments carry a reason code).
alter table stock_movement
    add column reason text,
    add column actor  text;
