-- A snapshot that raises an offering's price more than distributor.catalog.max-price-rise
-- times does not sell at once (package catalog, docs/architecture.md invariant 7): the
-- old price stays, the offering goes off sale, and the price the manufacturer asked for
-- waits here for the operator to release it. proposed_price_cents and proposed_currency:
-- what the latest such snapshot asked; price_held_since: when the hold began, null while
-- the offering is not held. A later snapshot within the factor clears the hold.
alter table offering add column proposed_price_cents bigint;
alter table offering add column proposed_currency char(3);
alter table offering add column price_held_since timestamp with time zone;
alter table offering add constraint offering_proposed_price_not_negative check (proposed_price_cents >= 0);

create index offering_price_held_since on offering (price_held_since);
