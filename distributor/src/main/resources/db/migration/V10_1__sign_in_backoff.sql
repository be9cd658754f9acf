-- Failed password checks counted with growing backoff (web.security.SignInThrottle)
-- instead of V4's fixed 15-minute lock, which locked a victim out along with the attacker.
-- One counter per subject: 'pair:<account>|<address>', 'address:<address>',
-- 'account:<account>' (failed sign-ins and current-password checks) and
-- 'taken:<address>' (sign-up's "already exists" answers). The wait after a failure is
-- computed from failures and last_failure_at; a counter idle past expires_at is forgotten.
drop table sign_in_throttle;

create table sign_in_backoff (
    subject         varchar(400) not null primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    constraint sign_in_backoff_failures_positive check (failures > 0)
);

create index sign_in_backoff_expires_at on sign_in_backoff (expires_at);

-- Client addresses an account signed in from: they keep signing in while the account as a
-- whole is throttled (many addresses guessing its password at once).
create table sign_in_known_address (
    account      varchar(254) not null,
    address      varchar(60)  not null,
    signed_in_at timestamp with time zone not null,
    constraint sign_in_known_address_pk primary key (account, address)
);

create index sign_in_known_address_signed_in_at on sign_in_known_address (signed_in_at);
