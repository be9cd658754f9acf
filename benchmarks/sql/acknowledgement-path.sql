-- Splits checkout -> acknowledgement into its parts for the orders placed between :since
-- and :until (the 70% run of scripts/benchmark.sh: its "HTTP checkout at 70%" and "Waiting
-- for every sub-order" lines), from the timestamps both databases keep (docs/benchmarks.md,
-- "Third round"). Run on a benchmark database with the acme simulator:
--   psql -h 127.0.0.1 -U postgres -d cd_bench -v since='2026-12-06 16:10:10+00' \
--     -v until='2026-12-06 16:10:37+00' -f benchmarks/sql/acknowledgement-path.sql
with t as (
  select o.placed_at, m.created_at, m.sent_at, pm.processed_at,
         (pm.acknowledgement::json->>'sentAt')::timestamptz as ack_at, a.received_at
  from distributor.customer_order o
  join distributor.sub_order s on s.order_id = o.id
  join distributor.outbox_message m on m.message_id = 'purchase-' || s.id
  join manufacturer_acme.processed_message pm on pm.message_id = m.message_id
  join distributor.sub_order_acknowledgement a on a.sub_order_id = s.id
  where o.placed_at > :'since' and o.placed_at < :'until'),
ms as (select extract(epoch from sent_at - placed_at)*1000 relay_confirmed,
              extract(epoch from processed_at - placed_at)*1000 to_sim_start,
              extract(epoch from ack_at - processed_at)*1000 sim_apply,
              extract(epoch from received_at - ack_at)*1000 back,
              extract(epoch from received_at - placed_at)*1000 total from t)
select p, count(*),
  round(percentile_cont(p) within group (order by relay_confirmed)::numeric,1) relay_confirmed,
  round(percentile_cont(p) within group (order by to_sim_start)::numeric,1) to_sim_start,
  round(percentile_cont(p) within group (order by sim_apply)::numeric,1) sim_apply,
  round(percentile_cont(p) within group (order by back)::numeric,1) back,
  round(percentile_cont(p) within group (order by total)::numeric,1) total
from ms cross join (values (0.5::float8),(0.95),(0.99),(1.0)) q(p) group by p order by p;
