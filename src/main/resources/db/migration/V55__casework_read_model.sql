-- Casework's read model (issue 12): what other modules, the reports first, may read of cases and
-- tasks. Casework owns these views and keeps their names and columns stable
-- (id.alurkerja.casework.CaseworkReadModel); readers see what a row means (done, returned with
-- Tidak, done by an acting holder, output missing...) instead of casework's status, outcome and
-- acting codes, and never read casework's tables.
--
-- Each view is a plain projection of one table (no join, DISTINCT or aggregate), so PostgreSQL
-- inlines it into the reader's query: a condition on a view column becomes the condition on the
-- table (`where done` is `status = 'DONE'`), so the tables' indexes, partial ones included, serve
-- the readers as before, and a column a query does not name costs nothing (its subquery is dropped).
-- Only views are added: no existing table changes.

create view casework_case_fact as
select c.id as case_id,
       c.kabupaten_id,
       c.unit_id,
       c.sop_revision_id as revision_id,
       c.registration_no,
       c.perihal,
       -- casework's status code, to be shown as it is; select cases by running / finished / cancelled
       c.status,
       c.current_step_no,
       c.started_at,
       c.ended_at,
       c.status = 'BERJALAN' as running,
       c.status = 'SELESAI' as finished,
       c.status = 'DIBATALKAN' as cancelled
from case_file c;

comment on view casework_case_fact is 'casework read model for reports: one row per case (berkas) with its '
    'kabupaten, unit, SOP revision, registration, start and end; running / finished / cancelled instead of '
    'status codes. Owned by casework (CaseworkReadModel), columns kept stable.';

create view casework_task_fact as
select t.id as task_id,
       t.case_id,
       t.kabupaten_id,
       t.step_no,
       -- the position whose lane the step is in
       t.position_id,
       -- when the step reached its lane, when it was done, when it was due by its time standard
       t.created_at,
       t.completed_at,
       t.due_at,
       t.status = 'OPEN' as open,
       t.status = 'DONE' as done,
       t.status = 'CANCELLED' as cancelled,
       -- casework's outcome code as recorded, to be kept or shown as it is; read returned for a Tidak
       t.outcome,
       coalesce(t.outcome = 'TIDAK', false) as returned,
       -- the reason of a Tidak, carried by the task the return created (empty when none was given), else null
       case when t.outcome = 'TIDAK' then coalesce((select r.return_reason from task r
         where r.case_id = t.case_id and r.returned_from_step = t.step_no and r.created_at = t.completed_at
         limit 1), '') end as return_reason,
       t.completed_by_position_id,
       -- who did it: the position's definitive holder, an acting one (Plt. or Plh.)
       coalesce(t.completed_acting = 'DEFINITIF', false) as by_definitive_holder,
       coalesce(t.completed_acting in ('PLT', 'PLH'), false) as by_acting,
       -- handed down within the step: delegated, or done by a delegate
       (coalesce(t.completed_acting = 'DELEGASI', false)
         or exists (select 1 from delegation d where d.task_id = t.id)) as delegated,
       -- a document was uploaded on the task; none was, and a reason was given why
       exists (select 1 from document_version v where v.task_id = t.id) as has_output,
       (t.output_missing_reason is not null
         and not exists (select 1 from document_version v where v.task_id = t.id)) as output_missing
from task t;

comment on view casework_task_fact is 'casework read model for reports: one row per task (a step of a case '
    'at its lane) with its times; open / done / cancelled, returned (Tidak) and its reason, by the definitive '
    'holder or an acting one (Plt./Plh.), delegated, output present or missing instead of codes. Owned by '
    'casework (CaseworkReadModel), columns kept stable.';
