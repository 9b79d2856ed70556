-- A party's request for rectification of a decision (HL 49 a §, PoL 42 §), routed to the authority
-- that the decision type names, and the outcome that authority reached.
create table rectification_request (
  id                  uuid primary key,
  municipality_code   text not null references municipality(code),
  case_id             uuid not null references case_file(id),
  requested_by        uuid not null references person(id),
  request_text        text not null,
  submitted_at        timestamptz not null,
  status              text not null check (status in ('RECEIVED', 'FORWARDED', 'GRANTED', 'DENIED')),
  authority           text,
  forwarded_at        timestamptz,
  outcome_reference   text,
  outcome_recorded_at timestamptz,
  outcome_recorded_by uuid references user_account(id),
  unique (case_id, requested_by)
);
create index rectification_request_case on rectification_request(case_id);
