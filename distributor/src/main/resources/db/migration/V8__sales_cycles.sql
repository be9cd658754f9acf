-- Sales cycles (package cycles). At most one is open (closed_at is null): the next cycle is
-- opened in the transaction that closes the previous one, as number = previous + 1, so a
-- second, concurrent opener fails on the primary key.
create table sales_cycle (
    number       bigint primary key,
    opened_at    timestamp with time zone not null,
    closes_at    timestamp with time zone not null,
    closed_at    timestamp with time zone,
    close_reason varchar(20)
);
