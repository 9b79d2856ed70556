-- The grade a school-place application is for (1 when starting school, 7 when moving up, or any
-- grade when moving); secondary places are counted per grade.
alter table school_place_application add column grade int not null default 1
  check (grade between 1 and 9);
