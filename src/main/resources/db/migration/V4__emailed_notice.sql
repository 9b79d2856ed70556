-- An e-mail telling the recipient that a decision waits for them is evidence of its own.
alter table notification_event drop constraint notification_event_kind_check;
alter table notification_event add constraint notification_event_kind_check
  check (kind in ('SENT', 'EMAILED', 'READ', 'RETURNED'));
