-- Kanslia schema, walking skeleton. Every record belongs to a municipality (tenant).

create table municipality (
  code        text primary key,              -- Statistics Finland municipality code, e.g. 049
  name_fi     text not null,
  name_sv     text not null,
  case_prefix text not null                  -- prefix of case numbers, e.g. ESP
);

create table school (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  name_fi           text not null,
  name_sv           text not null,
  language          text not null check (language in ('fi', 'sv')),
  street_address    text not null,
  postal_code       text not null,
  post_office       text not null,
  principal_name    text not null,
  email             text not null,
  phone             text not null
);

-- Catchment areas: which school is the neighbourhood school for a postal area and a language.
create table catchment_area (
  municipality_code text not null references municipality(code),
  postal_code       text not null,
  language          text not null check (language in ('fi', 'sv')),
  school_id         uuid not null references school(id),
  primary key (municipality_code, postal_code, language)
);

create table person (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  identity_code     text not null,           -- stored exactly as given, never normalised
  first_name        text not null,
  last_name         text not null,
  birth_date        date not null,
  language          text not null check (language in ('fi', 'sv')),
  street_address    text not null,
  postal_code       text not null,
  post_office       text not null,
  address_protected boolean not null default false,  -- turvakielto
  unique (identity_code)
);

create table guardianship (
  municipality_code text not null references municipality(code),
  guardian_id       uuid not null references person(id),
  child_id          uuid not null references person(id),
  primary key (guardian_id, child_id)
);
create index guardianship_child on guardianship(child_id);

create table user_account (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  username          text not null unique,
  password_hash     text not null,
  display_name      text not null,
  role              text not null check (role in ('GUARDIAN', 'OFFICIAL', 'PRINCIPAL', 'ARCHIVIST')),
  person_id         uuid references person(id),  -- guardians: the person they are
  school_id         uuid references school(id),  -- officials and principals: the unit they serve
  title             text,
  phone             text,
  email             text,
  preferred_language text not null default 'fi'
);

create sequence case_number_seq;

create table case_file (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  case_number       text not null unique,
  case_type         text not null,
  task_class_code   text not null,
  child_id          uuid not null references person(id),
  status            text not null,
  opened_at         timestamptz not null,
  updated_at        timestamptz not null
);
create index case_file_child on case_file(child_id);

create table case_event (
  id                bigserial primary key,
  municipality_code text not null references municipality(code),
  case_id           uuid not null references case_file(id),
  occurred_at       timestamptz not null,
  status            text not null
);
create index case_event_case on case_event(case_id);

create table school_place_application (
  case_id                 uuid primary key references case_file(id),
  municipality_code       text not null references municipality(code),
  child_id                uuid not null references person(id),
  guardian_id             uuid not null references person(id),
  requested_school_id     uuid not null references school(id),
  start_date              date not null,
  language_of_instruction text not null,
  sibling_at_school       boolean not null,
  reason                  text,
  guardian_phone          text not null,
  guardian_email          text,
  electronic_consent      boolean not null,
  submitted_at            timestamptz not null,
  neighbourhood_school_id uuid references school(id),
  placed_school_id        uuid references school(id)
);

-- Commands for the process engine, committed with the business change that causes them and
-- relayed to the engine afterwards, so an engine that is down loses nothing.
create table engine_command (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  case_id           uuid not null references case_file(id),
  kind              text not null check (kind in ('START_PROCESS', 'PUBLISH_MESSAGE')),
  name              text not null,            -- process id or message name
  correlation_key   text,
  message_id        text,
  variables         jsonb not null,
  created_at        timestamptz not null,
  next_attempt_at   timestamptz not null,
  attempts          int not null default 0,
  last_error        text,
  done_at           timestamptz,
  result_key        bigint
);
create index engine_command_pending on engine_command(next_attempt_at) where done_at is null;

create table review_item (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  case_id           uuid not null unique references case_file(id),
  school_id         uuid not null references school(id),
  recommendation    text not null,
  status            text not null check (status in ('OPEN', 'DECIDED')),
  opened_at         timestamptz not null,
  decided_at        timestamptz,
  decided_by        uuid references user_account(id)
);
create index review_item_queue on review_item(municipality_code, school_id, status);

create table decision (
  id                  uuid primary key,
  municipality_code   text not null references municipality(code),
  case_id             uuid not null unique references case_file(id),
  decision_type       text not null,
  outcome             text not null check (outcome in ('APPROVED', 'REJECTED')),
  reasoning           text not null,
  decided_by          uuid not null references user_account(id),
  decided_at          timestamptz not null,
  language            text not null,
  status              text not null,
  unsigned_pdf        bytea,
  signed_pdf          bytea,
  issued_at           timestamptz,
  signed_at           timestamptz,
  notified_at         timestamptz,
  archived_at         timestamptz,
  archive_object_id   text
);

create table notification (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  decision_id       uuid not null references decision(id),
  recipient_id      uuid not null references person(id),
  channel           text not null,
  sent_at           timestamptz not null,
  deemed_notified_on date not null,
  unique (decision_id, recipient_id)
);

-- Tamper-evident audit log: each row's hash covers its content and the previous row's hash.
create table audit_event (
  id                bigserial primary key,
  municipality_code text not null,
  occurred_at       timestamptz not null,
  actor             text not null,
  action            text not null,
  object_type       text not null,
  object_id         text not null,
  purpose           text not null,
  previous_hash     text not null,
  hash              text not null
);
