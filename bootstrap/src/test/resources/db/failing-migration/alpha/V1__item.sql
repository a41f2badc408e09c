create table alpha.item (id int primary key, code text);
