alter table alpha.item add column note text;
