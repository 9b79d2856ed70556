-- Delivery of notices outside the application: Suomi.fi Messages (13/2003 18-19 §) and batches of
-- ordinary letters for a printing service (HL 59 §). A notice is recorded with its delivery row in
-- one transaction; relays send the rows after commit, so no notice is lost and none sent twice.

alter table notification_event drop constraint notification_event_kind_check;
alter table notification_event add constraint notification_event_kind_check
  check (kind in ('SENT', 'EMAILED', 'READ', 'RETURNED', 'DELIVERED', 'RECEIVED', 'PAPER_SENT',
                  'UNRESOLVED', 'LETTER_FALLBACK'));

-- Evidential notification (13/2003 18 §): complete on retrieval, the day of which is the day of
-- notification; retrieved_at stays null until then.
alter table notification add column evidential boolean not null default false;
alter table notification add column retrieved_at timestamptz;

-- Ordinary-letter batches; a batch is claimed (its letters assigned) before its files are written
-- and marked written after, so a crash in between finishes the same batch, never a second one.
create table letter_batch (
  id                text primary key,
  municipality_code text not null references municipality(code),
  directory         text not null,           -- where <id>/ is written
  sent_on           date not null,
  created_at        timestamptz not null,
  written_at        timestamptz
);

create table notice_delivery (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  notification_id   uuid not null references notification(id),
  route             text not null check (route in ('MESSAGES', 'LETTER')),
  case_number       text not null,
  language          text not null,
  document_name     text not null,
  document          bytea not null,          -- the signed decision, byte for byte
  status            text not null check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts          int not null default 0,
  next_attempt_at   timestamptz not null,
  last_error        text,
  created_at        timestamptz not null,
  sent_at           timestamptz,
  message_id        bigint,                  -- Suomi.fi Messages' id of the message
  batch_id          text references letter_batch(id),
  unique (notification_id, route)
);
create index notice_delivery_pending on notice_delivery(route, next_attempt_at) where status = 'PENDING';
create index notice_delivery_batch on notice_delivery(batch_id);

-- Where the Messages events poll continues (the API keeps 60 days of events).
create table messages_event_cursor (
  service_id         text primary key,
  continuation_token text,
  polled_at          timestamptz
);
