-- The console's overview counts orders by placement time (today, per minute over the last
-- hour) every few seconds, and the sales report reads cycles by it: without this index
-- each of them read the whole table.
create index customer_order_placed_at on customer_order (placed_at);
