-- Proof of delivery per notice (HL 59-60 §, 13/2003 18-19 §): when it was sent, read or returned.
create table notification_event (
  id                bigserial primary key,
  municipality_code text not null references municipality(code),
  notification_id   uuid not null references notification(id),
  kind              text not null check (kind in ('SENT', 'READ', 'RETURNED')),
  occurred_at       timestamptz not null,
  unique (notification_id, kind)
);
create index notification_event_notice on notification_event(notification_id);
