-- The operator may pause selling a manufacturer's goods: its offerings go off sale
-- (on_sale = sellable and not paused and price not held) and keep their rows.
alter table supplier add column paused_since timestamp with time zone;
