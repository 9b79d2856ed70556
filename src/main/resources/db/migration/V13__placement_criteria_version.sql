-- Which deployed version of the admission-criteria DMN ranked the applicants of a placement run,
-- so that a run can be reproduced and explained later.
alter table placement_run add column criteria_version text;
