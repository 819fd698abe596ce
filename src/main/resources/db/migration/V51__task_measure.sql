-- Reports: what the evaluation needs of every completed task, measured once (working
-- minutes on the working calendar, calendar days, who did it, returns, outputs), so that a
-- year of one SOP is read from one narrow index instead of recomputed from tasks,
-- delegations, documents and the calendar. Kept up to date by the reports module
-- (TaskMeasures); tasks completed since its last run are measured on demand.

create table task_measure (
    task_id          bigint primary key,
    case_id          bigint not null,
    kabupaten_id     bigint not null,
    revision_id      bigint not null,
    step_no          text not null,
    position_id      bigint not null,
    completed_at     timestamptz not null,
    due_at           timestamptz,
    outcome          text,
    -- office minutes and calendar days from creation to completion
    wmin             double precision,
    cdays            double precision not null,
    by_lane          boolean not null,
    by_acting        boolean not null,
    delegated        boolean not null,
    has_doc          boolean not null,
    output_missing   boolean not null,
    -- a Tidak's reason ('' when none was given), else null
    reason           text
);
create index task_measure_revision_idx on task_measure (revision_id, completed_at)
    include (kabupaten_id, case_id, step_no, position_id, due_at, outcome, wmin, cdays, by_lane, by_acting,
             delegated, has_doc, output_missing, reason);

-- One row: the calendar the measures were counted on, whether every completed task has been
-- measured, and up to when.
create table task_measure_state (
    id              int primary key check (id = 1),
    calendar_key    text,
    complete        boolean not null default false,
    measured_until  timestamptz
);
insert into task_measure_state (id) values (1);

-- Tasks completed since a moment: what the measures have not caught up with yet.
create index task_done_completed_idx on task (completed_at) where status = 'DONE';
