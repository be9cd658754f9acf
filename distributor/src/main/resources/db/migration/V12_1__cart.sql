-- One row per customer who ever added to a cart. A new cart line is inserted while this
-- row is locked (select ... for update), so that concurrent additions of one customer
-- count the lines one after the other and the cart never holds more than
-- distributor.cart.max-lines lines.
create table cart (
    customer_id bigint primary key references customer (id)
);

-- Retired offerings leave every cart (cart.CartLinesOfRetiredOfferings), and those that
-- never sold are then deleted, which checks this foreign key once per offering: both look
-- cart lines up by offering.
create index cart_line_offering on cart_line (offering_id);
