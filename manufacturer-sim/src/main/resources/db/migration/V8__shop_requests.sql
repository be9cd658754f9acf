-- The shop API's orders and cancellations by Idempotency-Key (package shop): the answer
-- given, so that a repeat gets the same answer (200 instead of 201) and a key used again
-- for another request is refused. Written in the transaction that applies the request.
create table shop_request (
    idempotency_key varchar(200) primary key,
    request_hash    varchar(64)  not null,
    kind            varchar(16)  not null,
    reference       bigint       not null,
    status          integer      not null,
    body            text         not null,
    created_at      timestamp with time zone not null
);
create index shop_request_reference on shop_request (reference, kind);
