-- Issue 14: a disposisi branch reads as "dibaca" once its recipient opened the case after it was
-- sent; from then on its sender can no longer recall it. Set by the case page (casework.Reading).
alter table delegation add column read_at timestamptz;
