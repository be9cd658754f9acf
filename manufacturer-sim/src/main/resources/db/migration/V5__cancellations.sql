-- A cancellation from the distributor (package purchases, ApplyCancellation). The shipment
-- row becomes the meeting point of a sub-order's purchase and its cancellation, whichever
-- comes first: each inserts it (the primary key makes the second one wait for the first
-- and then find it). A purchase that accepted no line, or arrived after its cancellation,
-- has no ships_at and never ships; cancelled_at stops a parcel not shipped yet.
alter table shipment alter column ships_at drop not null;
alter table shipment add column cancelled_at timestamp with time zone;
