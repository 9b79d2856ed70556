-- Where homes and schools are, for the length of the school journey (secondary applications).
-- ETRS-TM35FIN (EPSG:3067) plane coordinates in whole metres: of the building of a person's
-- permanent residence, as the population information system (VTJ) gives them, and of a school's
-- main building. Null where not known; both or neither. The ranges refuse swapped axes (a
-- northing in Finland has seven digits, an easting six).
alter table person
  add column home_northing integer check (home_northing between 6000000 and 8000000),
  add column home_easting  integer check (home_easting between 0 and 1000000),
  add constraint person_home_coordinates_paired
    check ((home_northing is null) = (home_easting is null));

alter table school
  add column northing integer check (northing between 6000000 and 8000000),
  add column easting  integer check (easting between 0 and 1000000),
  add constraint school_coordinates_paired check ((northing is null) = (easting is null));
