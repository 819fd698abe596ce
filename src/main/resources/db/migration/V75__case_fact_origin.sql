-- Issue 15: the evaluation groups a step's figures by the case's origin unit (which villages
-- wait longest), so casework's case fact publishes the origin (V69's case_file.origin_unit_id).
-- The column is appended, so the view keeps its other columns and every reader as it was.

create or replace view casework_case_fact as
select c.id as case_id,
       c.kabupaten_id,
       c.unit_id,
       c.sop_revision_id as revision_id,
       c.registration_no,
       c.perihal,
       c.status,
       c.current_step_no,
       c.started_at,
       c.ended_at,
       c.status = 'BERJALAN' as running,
       c.status = 'SELESAI' as finished,
       c.status = 'DIBATALKAN' as cancelled,
       -- the unit the case comes from (a desa, for a kecamatan's SOP), when its lanes depend on it
       c.origin_unit_id
from case_file c;
