-- Admission rounds to emphasised teaching (painotettu opetus, PoL 28 §): the round and its
-- programmes, the guardians' applications with ranked preferences, aptitude test invitations and
-- scores (confidential, JulkL 621/1999 24 § 1 mom 29 k), placement runs with their explanations,
-- acceptances and the offers of vacant places.

-- A round is not a case: its process starts through the outbox without a case id.
alter table engine_command alter column case_id drop not null;

create table admission_round (
  id                    uuid primary key,
  municipality_code     text not null references municipality(code),
  name                  text not null,
  max_preferences       int not null check (max_preferences between 1 and 10),
  application_opens     timestamptz not null,
  application_closes    timestamptz not null,
  acceptance_deadline   timestamptz not null,
  vacancy_closing_date  timestamptz not null,
  -- The lottery's seed, drawn once when the round is created; every run of the round uses it.
  seed                  bigint not null,
  stage                 text not null check (stage in ('DRAFT', 'PUBLISHED', 'APPLICATIONS_OPEN',
                          'APPLICATIONS_CLOSED', 'TESTING', 'SCORES_COMPLETE', 'PLACEMENT_REVIEW',
                          'RUN_PUBLISHED', 'DECISIONS_ISSUED', 'ACCEPTANCE_CLOSED', 'CLOSED')),
  created_by            uuid not null references user_account(id),
  created_at            timestamptz not null,
  published_by          uuid references user_account(id),
  published_at          timestamptz,
  latest_run            int not null default 0,
  rerun_requested_of    int,
  published_run         int,
  run_published_by      uuid references user_account(id),
  check (application_opens < application_closes and application_closes < acceptance_deadline
         and acceptance_deadline < vacancy_closing_date)
);
create index admission_round_municipality on admission_round(municipality_code, created_at);

create table admission_programme (
  id                uuid primary key,
  round_id          uuid not null references admission_round(id),
  municipality_code text not null references municipality(code),
  school_id         uuid not null references school(id),
  programme_type    text not null,
  capacity          int not null check (capacity > 0),
  reserved_seats    int not null default 0 check (reserved_seats >= 0),
  position          int not null,
  check (reserved_seats <= capacity)
);
create index admission_programme_round on admission_programme(round_id);

create table admission_application (
  case_id           uuid primary key references case_file(id),
  round_id          uuid not null references admission_round(id),
  municipality_code text not null references municipality(code),
  child_id          uuid not null references person(id),
  guardian_id       uuid not null references person(id),
  submitted_at      timestamptz not null,
  -- The place the published run gave, and the guardian's answer to it.
  placed_programme_id uuid references admission_programme(id),
  answer            text check (answer in ('ACCEPTED', 'DECLINED', 'RELEASED', 'MOVED')),
  answered_at       timestamptz,
  unique (round_id, child_id)
);

create table admission_preference (
  case_id           uuid not null references admission_application(case_id),
  programme_id      uuid not null references admission_programme(id),
  rank              int not null check (rank >= 1),
  sibling_in_programme boolean not null default false,
  reserved_eligible boolean not null default false,
  test_at           timestamptz,        -- the aptitude test invitation's time slot
  invited_at        timestamptz,
  score             numeric(9, 3) check (score >= 0),
  absent            boolean not null default false,
  scored_by         uuid references user_account(id),
  scored_at         timestamptz,
  primary key (case_id, programme_id),
  unique (case_id, rank)
);
create index admission_preference_programme on admission_preference(programme_id);

-- One run of the placement: its input as a round file (ids and numbers only) and the seed, so
-- that any run can be reproduced and compared; the capacities are those of the file.
create table placement_run (
  round_id          uuid not null references admission_round(id),
  run               int not null check (run >= 1),
  seed              bigint not null,
  round_file        text not null,
  created_at        timestamptz not null,
  primary key (round_id, run)
);

-- The explanations of a run: one row per admission and per waiting-list place.
create table placement_entry (
  round_id          uuid not null,
  run               int not null,
  case_id           uuid not null references admission_application(case_id),
  programme_id      uuid not null references admission_programme(id),
  kind              text not null check (kind in ('ADMITTED', 'WAITING')),
  preference_rank   int not null,
  priority_class    int not null,
  score             numeric(9, 3) not null,
  seat              text,
  position          int,
  cutoff_class      int,
  cutoff_score      numeric(9, 3),
  lottery_number    int,                -- only where the lottery broke a tie that decided
  applicant_lottery int not null,       -- the applicant's number in the round's lottery
  foreign key (round_id, run) references placement_run(round_id, run),
  primary key (round_id, run, case_id, programme_id)
);

-- An offer of a vacant place to the next on a waiting list: a case of its own, because a case
-- has at most one decision.
create table admission_offer (
  case_id             uuid primary key references case_file(id),
  round_id            uuid not null references admission_round(id),
  municipality_code   text not null references municipality(code),
  application_case_id uuid not null references admission_application(case_id),
  programme_id        uuid not null references admission_programme(id),
  offer_round         int not null,
  offered_at          timestamptz not null,
  answer_deadline     timestamptz not null,
  answer              text check (answer in ('ACCEPTED', 'DECLINED', 'LAPSED')),
  answered_at         timestamptz,
  unique (application_case_id, programme_id)
);
create index admission_offer_round on admission_offer(round_id, offer_round);
