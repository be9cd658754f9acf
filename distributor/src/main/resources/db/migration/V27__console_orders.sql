-- The console's orders page (web.admin.ConsoleOrdersController, orders.OrderSearch) lists every
-- customer's orders newest first, by status or only those with a sub-order past the
-- acknowledgement deadline. By status: this index gives the page in order without a sort.
create index customer_order_status on customer_order (status, placed_at, id);

-- Sub-orders still waiting for their manufacturer's answer are few among many: the
-- orders page's "past the deadline" filter and the overdue count (gauge
-- distributor.confirmations.overdue, the overview) find them here instead of reading
-- every sub-order.
create index sub_order_status on sub_order (status, order_id);
