-- Manufacturer presence (package manufacturers): what a manufacturer announced of itself
-- (hello), the failure detector's state fed by its heartbeats and by the pulls, and the
-- last presence message seen, so that a late or replayed one is told apart.
-- How the distributor talks to it (AdapterKind): 'native' is this repository's contract.
alter table manufacturer add column adapter_kind varchar(16) not null default 'native';
-- UNKNOWN: registered, no sign of life yet. Then ALIVE, SUSPECT, DOWN, or LEFT after bye.
alter table manufacturer add column presence_state varchar(16) not null default 'UNKNOWN';
alter table manufacturer add column state_since timestamp with time zone not null default current_timestamp;
alter table manufacturer add column last_heartbeat_at timestamp with time zone;
alter table manufacturer add column heartbeat_interval_ms bigint;
alter table manufacturer add column last_pull_duration_ms bigint;
-- The last presence message accepted: its sender's instance, its number there, when sent.
alter table manufacturer add column presence_instance varchar(64);
alter table manufacturer add column presence_sequence bigint;
alter table manufacturer add column presence_sent_at timestamp with time zone;
-- From the last hello.
alter table manufacturer add column announced_at timestamp with time zone;
alter table manufacturer add column contract_version integer;
alter table manufacturer add column daily_capacity bigint;
alter table manufacturer add constraint manufacturer_presence_state
    check (presence_state in ('UNKNOWN', 'ALIVE', 'SUSPECT', 'DOWN', 'LEFT'));

-- The product categories a manufacturer announced, replaced by each hello.
create table manufacturer_category (
    manufacturer_id bigint      not null references manufacturer (id) on delete cascade,
    category        varchar(60) not null,
    primary key (manufacturer_id, category)
);
