-- Failed sign-ins, counted per subject ('account:<email key>' or 'address:<client ip>') in
-- the database so that every distributor instance refuses the same attempts.
create table sign_in_throttle (
    subject           varchar(300) not null primary key,
    failures          integer      not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone,
    expires_at        timestamp with time zone not null,
    constraint sign_in_throttle_failures_positive check (failures > 0)
);

create index sign_in_throttle_expires_at on sign_in_throttle (expires_at);

-- Spring Session JDBC: HTTP sessions shared by all distributor instances. The layout is
-- Spring Session's own (schema-postgresql.sql / schema-h2.sql in spring-session-jdbc);
-- BYTEA is understood by PostgreSQL and by H2.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
