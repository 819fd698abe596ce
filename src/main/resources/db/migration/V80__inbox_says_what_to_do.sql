-- Issue 14: the inbox says what to do, from whom, by when; unread until opened.

-- The sop module's read model gains each step's name (its printed heading, else the first
-- line of its activity), so the inbox names a step by its text instead of "C.1". A plain
-- projection of the revision's content: a reader joins it by revision and step number.
create view sop_catalog_step as
select r.id as revision_id,
       s.step ->> 'no' as step_no,
       coalesce(nullif(btrim(s.step ->> 'title'), ''), split_part(btrim(coalesce(s.step ->> 'activity', '')), E'\n', 1))
           as title
from sop_revision r
cross join lateral jsonb_array_elements(r.content -> 'steps') as s(step);

comment on view sop_catalog_step is 'sop read model: one row per step of a revision with its name as the '
    'inbox shows it. Owned by sop (SopReadModel.Steps), columns kept stable.';

-- When a person last opened a case: what arrived for them after that is unread (bold in the
-- inbox), and a disposisi branch its recipient has opened reads as "dibaca".
create table case_seen (
    case_id    bigint not null references case_file (id),
    person_id  bigint not null references person (id),
    seen_at    timestamptz not null,
    primary key (case_id, person_id)
);

-- A disposisi's tenggat becomes its recipient's due time when earlier than the step's: the
-- end of the tenggat's day, computed when the disposisi is given. Null: the step's due time.
alter table delegation add column due_at timestamptz;
