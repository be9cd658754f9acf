-- Offerings that leave a manufacturer's snapshots are retired (docs/architecture.md, under
-- invariant 2). absent_since: when a snapshot first left the offering out, null while
-- listed. retired_at: when an offering absent for distributor.catalog.retire-after was
-- retired with its books kept, because it sold (order lines reference it); an offering
-- that never sold is deleted instead. A retired offering is not listed, not reconciled
-- and not counted; a snapshot that lists it again brings it back as it was.
alter table offering add column absent_since timestamp with time zone;
alter table offering add column retired_at timestamp with time zone;
