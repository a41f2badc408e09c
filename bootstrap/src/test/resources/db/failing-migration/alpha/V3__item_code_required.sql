-- fails where an item has no code: that tenant's data must be fixed first
alter table alpha.item alter column code set not null;
