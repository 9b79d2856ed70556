-- The rectification authority's decision is cited by its date and reference; when it granted the
-- request, the municipality implements it by a decision of its own (RECTIFICATION_OUTCOME), in a case
-- of its own because a case has one decision.
alter table rectification_request add column authority_decided_on date;
alter table rectification_request add column implementing_case_id uuid references case_file(id);
create unique index rectification_request_implementing_case
  on rectification_request(implementing_case_id) where implementing_case_id is not null;
