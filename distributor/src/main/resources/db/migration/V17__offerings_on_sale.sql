-- Which offerings may be sold now (package catalog): an offering of a manufacturer that is
-- not alive, as the failure detector of package manufacturers judges it, is not sold.
-- supplier is the catalog's own record of whether each manufacturer's goods may be sold;
-- a change of state updates it and then offering.on_sale of that manufacturer's offerings in
-- the transaction that stores the state, and a checkout takes stock only from an offering
-- on sale, with the same conditional update that never oversells: no order line of a
-- manufacturer can be placed once the change that stopped its sales has committed.
create table supplier (
    manufacturer_id bigint  not null primary key references manufacturer (id),
    sellable        boolean not null
);

insert into supplier (manufacturer_id, sellable)
select id, presence_state = 'ALIVE' from manufacturer;

alter table offering add column on_sale boolean not null default true;

update offering set on_sale = false
where manufacturer_id in (select manufacturer_id from supplier where sellable = false);
