-- What each manufacturer last reported it applied of our confirmations (its snapshot's
-- appliedTotal), null until a pull reports it; and the books check's last result, one
-- row per invariant, written by whichever instance ran the check.
alter table offering add column applied_total bigint;

create table books_check (
    invariant   varchar(40)   not null primary key,
    checked_at  timestamp with time zone not null,
    violations  bigint        not null,
    examples    varchar(2000) not null,
    constraint books_check_violations_not_negative check (violations >= 0)
);
