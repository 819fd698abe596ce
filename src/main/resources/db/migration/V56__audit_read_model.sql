-- Audit's read model (issue 12): who acted on which case, for casework's case access and case
-- list, which never read audit's table (case_event). Audit owns this view and keeps its name and
-- columns stable (id.alurkerja.audit.AuditReadModel).
--
-- A plain projection of one table, so PostgreSQL inlines it into the reader's query and the
-- table's indexes serve as before (case_event_actor_idx on (actor_person_id, case_id), the unique
-- (case_id, seq)). Only a view is added: no table changes.

create view audit_case_actor as
select e.case_id,
       e.seq,
       -- who acted and in which position; null when the system acted (e.g. an overdue mark)
       e.actor_person_id,
       e.actor_position_id,
       e.occurred_at
from case_event e;

comment on view audit_case_actor is 'audit read model: one row per event of a case''s history with who acted '
    '(the person and the position they acted in) and when. Owned by audit (AuditReadModel), columns kept stable.';
