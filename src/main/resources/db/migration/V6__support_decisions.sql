-- Decisions of every type carry the title their template gave them (the archive's record title).
alter table decision add column title text;
update decision set title = case when language = 'sv' then 'Beslut om skolplats' else 'Päätös koulupaikasta' end
  where unsigned_pdf is not null;

-- Pupil-level support (PoL 628/1998 as amended 1.8.2025, HE 114/2024): assessment, plan, hearing,
-- the principal's decision, review. Everything here is confidential (JulkL 621/1999 24 § 1 mom 30 k).
create table support_case (
  case_id           uuid primary key references case_file(id),
  municipality_code text not null references municipality(code),
  pupil_id          uuid not null references person(id),
  school_id         uuid not null references school(id),
  initiated_by      uuid not null references user_account(id),
  initiated_at      timestamptz not null,
  initiation_reason text not null,
  previous_case_id  uuid references case_file(id),  -- the case whose review found the needs changed
  stage             text not null check (stage in ('STARTING', 'NEEDS_ASSESSMENT', 'SUPPORT_PLAN',
                      'HEARING', 'PRINCIPAL_DECISION', 'DECIDED', 'REVIEW', 'GROUP_SUPPORT',
                      'FOLLOWED_UP')),
  support_level     text check (support_level in ('PUPIL', 'GROUP')),
  measures          text[] not null default '{}',
  needs_assessment  text,
  assessed_by       uuid references user_account(id),
  assessed_at       timestamptz,
  support_plan      text,
  support_start     date,
  planned_by        uuid references user_account(id),
  planned_at        timestamptz,
  review_date       date,
  hearing_closed_at timestamptz,
  unanswered_recorded_at timestamptz,
  escalated_at      timestamptz,
  last_reviewed_at  timestamptz,
  review_note       text,
  follow_up_case_id uuid references case_file(id)
);
create index support_case_unit on support_case(municipality_code, school_id, stage);
create index support_case_pupil on support_case(pupil_id);

-- HL 34 §: each party is heard before the decision; the request states its purpose, the documents
-- and the deadline. The answer, or its absence, is recorded.
create table hearing_request (
  id                uuid primary key,
  municipality_code text not null references municipality(code),
  case_id           uuid not null references case_file(id),
  party_id          uuid not null references person(id),
  party_role        text not null check (party_role in ('GUARDIAN', 'PUPIL')),
  requested_at      timestamptz not null,
  deadline          timestamptz not null,
  reminded_at       timestamptz,
  answered_at       timestamptz,
  answer            text,
  answer_recorded_by uuid references user_account(id),  -- staff recorded an oral or paper answer
  unique (case_id, party_id)
);
