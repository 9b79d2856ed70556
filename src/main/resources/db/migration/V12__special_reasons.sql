-- The official's confirmation of the special reasons a guardian gave in a secondary application:
-- an input of the secondary-application-priority DMN.
alter table school_place_application add column special_reasons_confirmed boolean not null default false;
