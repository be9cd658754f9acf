-- A processed purchase confirmation keeps the acknowledgement it was answered with: a
-- redelivery re-publishes exactly that answer instead of applying the confirmation again.
-- The line counts feed the status endpoint. Cycle summaries leave these at their defaults.
alter table processed_message add column acknowledgement text;
alter table processed_message add column lines_accepted integer not null default 0;
alter table processed_message add column lines_rejected integer not null default 0;

-- End-of-cycle summaries from the distributor, one row per summary message (recorded in
-- the same transaction as its processed_message row).
create table cycle_summary (
    message_id   varchar(100) not null primary key,
    cycle_number bigint       not null,
    opened_at    timestamp with time zone not null,
    closed_at    timestamp with time zone not null,
    sent_at      timestamp with time zone not null,
    received_at  timestamp with time zone not null
);

create index cycle_summary_by_cycle on cycle_summary (cycle_number, received_at);

-- What the distributor sold of each product in a summarised cycle, in the summary's order.
create table cycle_summary_product (
    message_id    varchar(100) not null references cycle_summary (message_id),
    line_number   integer      not null,
    sku           varchar(64)  not null,
    units_sold    bigint       not null,
    revenue_cents bigint       not null,
    primary key (message_id, line_number)
);
