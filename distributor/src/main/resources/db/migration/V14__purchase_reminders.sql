-- Purchase confirmations sent again (package confirmations): when a manufacturer has not
-- answered a sub-order within the acknowledgement deadline, its confirmation is sent again
-- under the same message id (the manufacturer applied it at most once and answers again),
-- with a growing pause between reminders, until the sub-order is answered.
create table purchase_reminder (
    sub_order_id bigint      not null primary key references sub_order (id),
    reminders    integer     not null,
    last_sent_at timestamp with time zone not null,
    next_due_at  timestamp with time zone not null,
    constraint purchase_reminder_count_positive check (reminders > 0)
);
