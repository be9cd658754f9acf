-- One row per customer who ever added to a cart. A new cart line is inserted while this
-- row is locked (select ... for update), so that concurrent additions of one customer
-- count the lines one after the other and the cart never holds more than
-- distributor.cart.max-lines lines.
create table cart (
    customer_id bigint primary key references customer (id)
);
