-- Issue 15: one SOP serves every village. A case records the unit it comes from (its origin,
-- e.g. the desa of a kecamatan's SOP), and lanes bound to the origin resolve their position from
-- it whenever a task is created. Nullable: cases registered before this, and cases of SOPs whose
-- lanes are all fixed positions, have no origin and run exactly as before.
alter table case_file add column origin_unit_id bigint;
alter table case_file add foreign key (origin_unit_id, kabupaten_id) references unit (id, kabupaten_id);
