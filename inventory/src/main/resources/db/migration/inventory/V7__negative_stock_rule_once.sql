-- A balance may go negative exactly when its warehouse allows it. The balance keeps a copy of the warehouse's
-- setting for its never-oversold check (V4); the database now writes that copy itself, when a balance is opened and
-- when the setting changes, so that no statement of the code copies it. The functions keep the schema they were
-- created in (search_path from current), whoever fires them.
create function stock_balance_follows_warehouse() returns trigger language plpgsql
    set search_path from current as $$
begin
    select w.allow_negative_stock into new.may_go_negative
    from location l join warehouse w on w.id = l.warehouse_id
    where l.id = new.location_id;
    return new;
end;
$$;

create trigger stock_balance_follows_warehouse before insert or update of location_id on stock_balance
    for each row execute function stock_balance_follows_warehouse();

create function warehouse_setting_to_balances() returns trigger language plpgsql
    set search_path from current as $$
begin
    update stock_balance b set may_go_negative = new.allow_negative_stock
    from location l
    where l.id = b.location_id and l.warehouse_id = new.id;
    return null;
end;
$$;

create trigger warehouse_setting_to_balances after update of allow_negative_stock on warehouse
    for each row when (old.allow_negative_stock is distinct from new.allow_negative_stock)
    execute function warehouse_setting_to_balances();

-- Columns nothing reads: the card's opening time and the catalogue's base unit.
alter table stock_record
    drop column opened_at,
    drop column base_unit;
