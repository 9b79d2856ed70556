-- Secondary applications (toissijainen haku, PoL 28 §): the places a school gives to secondary
-- applicants per grade and school year, the waiting list, and the guardian's answer to a place.
create table secondary_places (
  municipality_code text not null references municipality(code),
  school_id         uuid not null references school(id),
  grade             int not null check (grade between 1 and 9),
  school_year       int not null,                -- the calendar year the school year starts
  places            int not null check (places >= 0),
  primary key (school_id, grade, school_year)
);

alter table school_place_application add column waiting_position int;
alter table school_place_application add column answer text check (answer in ('ACCEPTED', 'DECLINED'));
alter table school_place_application add column answered_at timestamptz;
-- A place freed by a declining guardian, offered to the first on the waiting list as a case of its own.
alter table school_place_application add column offered_from_case_id uuid references case_file(id);
