-- The products this manufacturer makes and its stock of each.
-- available grows by production_rate each production tick, never above cap.
-- applied_total: cumulative units of the distributor's purchase confirmations processed
-- for the product (accepted or rejected); reported in every offerings snapshot.
create table product (
    sku              varchar(64)  not null primary key,
    name             varchar(200) not null,
    unit_price_cents bigint       not null,
    currency         varchar(3)   not null,
    available        bigint       not null,
    cap              bigint       not null,
    production_rate  bigint       not null,
    applied_total    bigint       not null default 0,
    created_at       timestamp with time zone not null,
    constraint product_available_not_negative check (available >= 0),
    constraint product_cap_not_negative check (cap >= 0),
    constraint product_rate_not_negative check (production_rate >= 0),
    constraint product_price_not_negative check (unit_price_cents >= 0),
    constraint product_applied_not_negative check (applied_total >= 0)
);

-- One row per message processed from the distributor (purchase confirmation, cycle
-- summary), written in the same transaction as its effect: a redelivery finds its row
-- and changes nothing.
create table processed_message (
    message_id   varchar(100) not null primary key,
    message_type varchar(40)  not null,
    processed_at timestamp with time zone not null
);
