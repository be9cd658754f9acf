-- How long each acknowledgement took: from its order's placement to its arrival, in
-- milliseconds, recorded with it (balanced allocation weighs manufacturers by it). Null for
-- acknowledgements recorded before this column existed: they are left out.
alter table sub_order_acknowledgement add column latency_ms bigint;

-- Allocation reads the latest acknowledgements, newest first.
create index sub_order_acknowledgement_received_at on sub_order_acknowledgement (received_at);
