-- The stock ledger is append-only: a booked movement is corrected by another movement, never changed.
create function forbid_movement_change() returns trigger language plpgsql as $$
begin
    raise exception 'the stock ledger is append-only' using errcode = 'insufficient_privilege';
end;
$$;

create trigger stock_movement_append_only before update or delete on stock_movement
    for each row execute function forbid_movement_change();
create trigger stock_movement_no_truncate before truncate on stock_movement
    for each statement execute function forbid_movement_change();
