-- How often the offerings have changed, for pages built from them (the dashboard) to
-- tell in one small read whether what they keep is still current. Every transaction that
-- writes offerings adds one to a slot just before it commits (catalog.CatalogChanges), so
-- the count and the rows it covers become visible together, on every instance. Eight
-- slots, one picked at random per transaction, so that concurrent checkouts rarely wait
-- for each other's commit here; the sum over the slots is the count.
create table catalog_change (
    slot    integer primary key,
    changes bigint  not null
);

insert into catalog_change (slot, changes) values (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0);
