-- Empties also leave a warehouse: back to the supplier, on a return document of purchasing (negative quantities).
alter table empties_movement drop constraint empties_movement_reason_check;
alter table empties_movement add constraint empties_movement_reason_check
    check (reason in ('CUSTOMER_EXCHANGE', 'CUSTOMER_RETURN', 'SUPPLIER_RETURN'));
alter table empties_movement add constraint empties_movement_direction
    check ((reason = 'SUPPLIER_RETURN') = (quantity < 0));
