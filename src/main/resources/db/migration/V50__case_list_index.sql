-- The case list pages through a kabupaten's cases newest first, whatever the status filter.
create index case_file_kabupaten_started_idx on case_file (kabupaten_id, started_at desc, id desc);
