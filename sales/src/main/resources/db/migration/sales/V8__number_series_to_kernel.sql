-- The counters moved to the kernel's one table (kernel.number_series), which every module numbers from. Tenants'
-- schemas are migrated in name order, so kernel's table exists here and the counters already taken carry over; the
-- build's jOOQ generation migrates this schema alone, where there is nothing to carry.
do $$
begin
    if to_regclass('kernel.number_series') is not null then
        insert into kernel.number_series (series, last_number)
        select series, last_number from number_series
        on conflict (series) do update set last_number = greatest(kernel.number_series.last_number, excluded.last_number);
    end if;
end
$$;

drop table number_series;
