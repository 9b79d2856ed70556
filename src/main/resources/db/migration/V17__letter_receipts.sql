-- Evidential notification by letter (HL 60 §): a decision type configured as evidential goes by
-- letter against proof of receipt (directly, or when its verifiable message was not retrieved), and
-- its day of notification is the day on the proof of receipt. Until the proof is recorded the
-- notice has no day of notification, and so no remedy deadline.
alter table notification alter column deemed_notified_on drop not null;

-- What kind of letter a delivery row is (HL 59-61 §), and its reference on the cover and in the
-- batch manifest, by which the postal service's receipt is matched back. A returned letter against
-- proof of receipt is followed by a substitute notification (HL 61 §): a second letter of its own.
alter table notice_delivery drop constraint notice_delivery_route_check;
alter table notice_delivery add constraint notice_delivery_route_check
  check (route in ('MESSAGES', 'LETTER', 'SUBSTITUTE_LETTER'));
alter table notice_delivery add column letter_kind text
  check (letter_kind in ('ORDINARY', 'PROOF_OF_RECEIPT', 'SUBSTITUTE'));
alter table notice_delivery add column reference text;

-- Letters already sent went as ordinary letters; a pending letter of an evidential notice goes
-- against proof of receipt.
update notice_delivery d set
  letter_kind = case when d.status = 'PENDING' and d.batch_id is null
                      and (select n.evidential from notification n where n.id = d.notification_id)
                     then 'PROOF_OF_RECEIPT' else 'ORDINARY' end,
  reference = d.case_number || ' ' || left(d.notification_id::text, 8)
where d.route = 'LETTER';
alter table notice_delivery add constraint notice_delivery_letter_kind
  check ((route = 'MESSAGES') = (letter_kind is null));
create index notice_delivery_reference on notice_delivery(reference) where reference is not null;

-- An evidential notice that is neither retrieved nor delivered by an ordinary letter has no day
-- of notification yet (it was provisional before).
update notification n set deemed_notified_on = null
where n.evidential and n.retrieved_at is null
  and not exists (select 1 from notice_delivery d where d.notification_id = n.id
                  and d.route = 'LETTER' and d.letter_kind = 'ORDINARY');

-- The proof of receipt of a letter, or its return undelivered: one per notice. Source: the postal
-- service's receipt file (its name) or an official who recorded a returned paper card.
create table letter_receipt (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  notification_id   uuid not null unique references notification(id),
  reference         text not null,
  received_by       text not null check (received_by in ('ADDRESSEE', 'REPRESENTATIVE', 'RETURNED')),
  received_on       date not null,           -- the day on the proof; for RETURNED the day it came back
  source            text not null check (source in ('RECEIPT_FILE', 'OFFICIAL')),
  source_file       text,                    -- the receipt file's name
  recorded_by       uuid references user_account(id),
  recorded_at       timestamptz not null,
  check ((source = 'OFFICIAL') = (recorded_by is not null))
);

alter table notification_event drop constraint notification_event_kind_check;
alter table notification_event add constraint notification_event_kind_check
  check (kind in ('SENT', 'EMAILED', 'READ', 'RETURNED', 'DELIVERED', 'RECEIVED', 'PAPER_SENT',
                  'UNRESOLVED', 'LETTER_FALLBACK', 'SIGNED_FOR', 'SUBSTITUTE_SENT'));
