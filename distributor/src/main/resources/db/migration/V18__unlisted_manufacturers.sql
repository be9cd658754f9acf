-- A manufacturer removed from the configuration that never announced itself is UNLISTED
-- (package manufacturers): not pulled, not sold.
alter table manufacturer drop constraint manufacturer_presence_state;
alter table manufacturer add constraint manufacturer_presence_state
    check (presence_state in ('UNKNOWN', 'ALIVE', 'SUSPECT', 'DOWN', 'LEFT', 'UNLISTED'));

-- The messages for an unlisted manufacturer wait here, unsent and not retried, since
-- held_since (package messaging), until it is listed again.
alter table outbox_message add column held_since timestamp with time zone;
