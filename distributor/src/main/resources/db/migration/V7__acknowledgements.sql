-- The manufacturers' acknowledgements of sub-orders (package confirmations). One per
-- sub-order: the first one recorded wins, a redelivery or a duplicate changes nothing.
create table sub_order_acknowledgement (
    message_id        varchar(100) primary key,
    sub_order_id      bigint      not null references sub_order (id),
    manufacturer_code varchar(32) not null,
    received_at       timestamp with time zone not null,
    constraint sub_order_acknowledgement_one_per_sub_order unique (sub_order_id)
);

-- Per line: null until acknowledged. A rejected line is refunded after the acknowledgement
-- commits: refund_due is set in that transaction, refunded_at once the gateway confirmed.
-- refund_refused holds the gateway's reason when it refuses the refund for good (e.g. more
-- than what is left of the authorisation): retrying would not help, a person must look.
alter table order_line add column accepted boolean;
alter table order_line add column rejection_reason varchar(200);
alter table order_line add column refund_due boolean not null default false;
alter table order_line add column refunded_at timestamp with time zone;
alter table order_line add column refund_refused varchar(200);

create index order_line_refund_due on order_line (refund_due);
