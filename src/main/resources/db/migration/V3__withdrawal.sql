-- A guardian may withdraw an application before the decision: the work item closes as WITHDRAWN.
alter table review_item drop constraint review_item_status_check;
alter table review_item add constraint review_item_status_check
  check (status in ('OPEN', 'DECIDED', 'WITHDRAWN'));
