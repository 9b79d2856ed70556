-- A cohort run is about no single case: its engine commands carry no case (V7 may have done this).
alter table engine_command alter column case_id drop not null;

-- Neighbourhood school assignment for an age cohort (PoL 6 §, 28 §): one run per municipality and
-- cohort, one assignment (and case, and decision) per child.
create table cohort_run (
  id                  uuid primary key,
  municipality_code   text not null references municipality(code),
  cohort_year         int not null,
  start_date          date not null,               -- when the school year starts for the cohort
  assignment_date     timestamptz not null,
  acceptance_deadline timestamptz not null,
  scheduled_by        uuid not null references user_account(id),
  scheduled_at        timestamptz not null,
  child_count         int,
  responses_recorded_at timestamptz
);

create table cohort_assignment (
  run_id            uuid not null references cohort_run(id),
  child_id          uuid not null references person(id),
  municipality_code text not null references municipality(code),
  case_id           uuid not null unique references case_file(id),
  school_id         uuid references school(id),     -- null: no catchment area matches (handled by hand)
  decided_at        timestamptz,
  response          text check (response in ('ACCEPTED', 'APPLIED_ELSEWHERE', 'NO_ANSWER')),
  responded_at      timestamptz,
  responded_by      uuid references person(id),
  primary key (run_id, child_id)
);
create index cohort_assignment_case on cohort_assignment(case_id);
