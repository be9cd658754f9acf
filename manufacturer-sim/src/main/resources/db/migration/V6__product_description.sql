-- What each product is, from the catalogue, served in the snapshot (an optional field of
-- the contract). Null for products of catalogues that describe none.
alter table product add column description varchar(2000);
