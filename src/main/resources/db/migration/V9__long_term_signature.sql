-- When the archived decision's signature was last extended or checked for a long-term (LTA) signature.
alter table decision add column lta_checked_at timestamptz;
create index decision_lta_due on decision(archived_at) where archive_object_id is not null;
