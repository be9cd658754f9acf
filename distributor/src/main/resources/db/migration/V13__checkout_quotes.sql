-- What each checkout form showed (package checkout): its mode and its lines at their prices.
-- Submitting the form places what it showed or nothing: a cart that changed since, or a
-- price that went up, is shown again to confirm. No foreign key to offering: a quote is a
-- copy of what was shown. The lines of a form go once it placed its order or expired.
alter table checkout_token add column mode varchar(16) not null default 'ALL_OR_NOTHING';

create table checkout_quote_line (
    token            varchar(64) not null references checkout_token (token) on delete cascade,
    offering_id      bigint      not null,
    quantity         integer     not null,
    unit_price_cents bigint      not null,
    constraint checkout_quote_line_pk primary key (token, offering_id),
    constraint checkout_quote_line_quantity_positive check (quantity > 0)
);

-- What the customer confirmed at checkout (package orders); the order's total is lower
-- when prices went down in between. Null for orders placed before quotes existed.
alter table customer_order add column quoted_total_cents bigint;
