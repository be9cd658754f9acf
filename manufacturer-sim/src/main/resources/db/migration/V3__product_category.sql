-- The category of each product (power tools, garden, ...), from the catalogue: announced
-- to the distributor in this manufacturer's hello. Null for products of catalogues that
-- name none.
alter table product add column category varchar(60);
