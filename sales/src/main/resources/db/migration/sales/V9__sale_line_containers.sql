-- What one pack (or base unit) of each line carried when it was sold, so that a return reverses the containers the
-- sale took even after the catalogue's loads change. Two arrays of one length: a container type and how many of it.
alter table sale_line
    add column container_type_ids   uuid[]    not null default '{}',
    add column containers_per_pack  integer[] not null default '{}',
    add constraint sale_line_containers check (
        cardinality(container_type_ids) = cardinality(containers_per_pack)
        and 0 < all (containers_per_pack));

-- Lines sold before this migration: the catalogue's loads of today are the best record there is (the catalogue
-- migrates before sales; on a new database there is nothing to fill).
do $$
begin
    if to_regclass('catalog.product_container') is not null then
        update sale_line line
        set container_type_ids  = loads.types,
            containers_per_pack = loads.counts
        from (select product_id, pack_id, array_agg(container_type_id order by container_type_id) as types,
                     array_agg(quantity order by container_type_id) as counts
              from catalog.product_container
              group by product_id, pack_id) loads
        where loads.product_id = line.product_id and loads.pack_id is not distinct from line.pack_id;
    end if;
end $$;
