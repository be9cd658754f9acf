-- One checkout as the distributor runs it against PostgreSQL: the statements of the three
-- requests of the HTTP checkout benchmark (POST /cart/lines, GET /checkout, POST /checkout),
-- in the same order and the same transactions, captured with log_statement = 'all' from
-- the running application (scripts/benchmark.sh runs this with pgbench -M prepared).
-- Variables: :offering_first/:offering_last (hot: both the same offering), set by -D.
-- pgbench_client maps each pgbench client to a customer with a card and a session of the
-- HTTP run: one extra indexed lookup per checkout that the application does not make.
-- 36 statements in 9 transactions and 3 on their own. Recaptured on 2026-12-07 (issue #19,
-- fourth round; docs/benchmarks.md) from commit d83d4ec through the JDBC URL's
-- options=-c log_statement=all: the cart's row lock and the manufacturers' read (POST
-- /cart/lines), the header's cart count (GET /checkout), the checkout form's quote
-- (issue #15), the manufacturer's presence checked before the confirmation is written,
-- and the catalogue change counted before the sale commits (V43) had come in since the
-- last capture. The session is read once per request and not written. What runs after
-- the commit (the outbox relay, the acknowledgement, the live notices) is not part of it.
\set offering random(:offering_first, :offering_last)
\set slot random(0, 7)
select customer_id as cust, primary_id as pid, session_id as sid from pgbench_client where client_id = :client_id \gset

-- POST /cart/lines
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :sid;
COMMIT;
BEGIN;
select o.id, o.manufacturer_id, o.sku, o.product_name, o.unit_price_cents, o.currency, o.available, o.on_sale, o.price_held_since from offering o where o.id = :offering;
select id, code, name, base_url, latitude, longitude, healthy, stale_since, last_error, last_synced_at, consecutive_failures, presence_state, state_since, last_heartbeat_at, last_pull_duration_ms, adapter_kind from manufacturer;
select id, offering_id, quantity from cart_line where customer_id = :cust and offering_id = :offering;
insert into cart (customer_id) values (:cust) on conflict do nothing;
select customer_id from cart where customer_id = :cust for update;
select count(*) from cart_line where customer_id = :cust;
insert into cart_line (customer_id, offering_id, quantity, added_at) values (:cust, :offering, 1, now()) on conflict do nothing;
COMMIT;

-- GET /checkout
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :sid;
COMMIT;
BEGIN;
select id, offering_id, quantity from cart_line where customer_id = :cust order by added_at, id;
select id, code, name, base_url, latitude, longitude, healthy, stale_since, last_error, last_synced_at, consecutive_failures, presence_state, state_since, last_heartbeat_at, last_pull_duration_ms, adapter_kind from manufacturer;
select o.id, o.manufacturer_id, o.sku, o.product_name, o.unit_price_cents, o.currency, o.available, o.on_sale, o.price_held_since from offering o where o.id in (:offering) order by o.id;
select customer_id, token, brand, last_four, expiry_year, expiry_month, test_behaviour from payment_card where customer_id = :cust;
insert into checkout_token (token, customer_id, issued_at) values (gen_random_uuid()::text, :cust, now()) returning token \gset
update checkout_token set mode = 'ALL_OR_NOTHING' where token = :token;
insert into checkout_quote_line (token, offering_id, quantity, unit_price_cents) values (:token, :offering, 1, 100);
COMMIT;
BEGIN READ ONLY;
select coalesce(sum(quantity), 0) from cart_line where customer_id = :cust;
COMMIT;

-- POST /checkout
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :sid;
COMMIT;
select token, customer_id, issued_at, attempt, placed_at from checkout_token where token = :token;
select offering_id, quantity, unit_price_cents from checkout_quote_line where token = :token order by offering_id;
select mode from checkout_token where token = :token;
BEGIN READ ONLY;
select id, offering_id, quantity from cart_line where customer_id = :cust order by added_at, id;
select id, code, name, base_url, latitude, longitude, healthy, stale_since, last_error, last_synced_at, consecutive_failures, presence_state, state_since, last_heartbeat_at, last_pull_duration_ms, adapter_kind from manufacturer;
select o.id, o.manufacturer_id, o.sku, o.product_name, o.unit_price_cents, o.currency, o.available, o.on_sale, o.price_held_since from offering o where o.id in (:offering) order by o.id;
COMMIT;
BEGIN;
select customer_id, token as card, brand, last_four, expiry_year, expiry_month, test_behaviour from payment_card where customer_id = :cust \gset
insert into payment_authorization (reference, idempotency_key, customer_id, card_token, amount_cents, currency, status, decline_reason, refunded_cents, created_at) values ('auth_' || md5(:token), 'checkout-' || :token || '-0-100', :cust, :card, 100, 'EUR', 'APPROVED', null, 0, now()) on conflict do nothing;
COMMIT;
BEGIN;
update checkout_token set placed_at = now() where token = :token and customer_id = :cust and placed_at is null and attempt = 0;
delete from checkout_quote_line where token = :token;
insert into customer_order (customer_id, checkout_token, status, total_cents, quoted_total_cents, currency, payment_reference, placed_at) values (:cust, :token, 'PLACED', 100, 100, 'EUR', 'auth_' || md5(:token), now()) RETURNING id as order_id \gset
insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents) values (:order_id, 'acme', 'Acme Tools', 'PLACED', 100) RETURNING id as sub_order_id \gset
insert into order_line (order_id, sub_order_id, offering_id, sku, product_name, unit_price_cents, quantity) values (:order_id, :sub_order_id, :offering, 'BENCH-0001', 'Bench product', 100, 1);
select presence_state from manufacturer where code = 'acme';
insert into outbox_message (message_id, exchange, routing_key, message_type, payload, created_at, next_attempt_at, held_since) values ('purchase-' || :sub_order_id, 'distributor.purchases', 'acme', 'purchase-confirmation', '{"messageId":"purchase-' || :sub_order_id || '","schemaVersion":1,"sentAt":"2026-12-07T00:25:04.277192487Z","manufacturerCode":"acme","orderId":' || :order_id || ',"subOrderId":' || :sub_order_id || ',"lines":[{"sku":"BENCH-0001","quantity":1,"unitPriceCents":100}]}', now(), now(), null);
delete from cart_line where customer_id = :cust and offering_id in (:offering);
update offering set available = available - 1, sold_total = sold_total + 1 where id = :offering and available >= 1 and on_sale = true;
update catalog_change set changes = changes + 1 where slot = :slot;
COMMIT;
