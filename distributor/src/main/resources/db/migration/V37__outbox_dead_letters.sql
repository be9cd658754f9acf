-- A message its courier gave up on after the configured attempts (an HTTP manufacturer
-- that keeps failing, adapter shop): kept, not retried, counted for the operator
-- (distributor.outbox.dead, the console's dead letters).
alter table outbox_message add column dead_since timestamp with time zone;
