-- What a manufacturer without applied totals (adapter shop) has answered of our purchases,
-- as the adapter learnt it (module adapters, AnsweredPurchases): one row per purchase
-- answered (its message id, so that a repeated answer counts once) and the units per
-- product, which stand in for the applied totals the shop does not report (invariant 2,
-- "without applied totals").
create table shop_answered_purchase (
    message_id        varchar(100) primary key,
    manufacturer_code varchar(32)  not null,
    answered_at       timestamp with time zone not null
);

create table shop_applied_total (
    manufacturer_code varchar(32) not null,
    sku               varchar(64) not null,
    applied_total     bigint      not null,
    primary key (manufacturer_code, sku),
    constraint shop_applied_total_not_negative check (applied_total >= 0)
);
