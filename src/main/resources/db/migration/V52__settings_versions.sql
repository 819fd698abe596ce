-- Optimistic locking of the settings forms: a second admin saving a stale office-hours or
-- number-pattern form is told instead of overwriting the first admin's change.
alter table office_hours add column version bigint not null default 0;
alter table numbering_scheme add column version bigint not null default 0;
