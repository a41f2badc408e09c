create table beta.thing (id int primary key);
