-- Reports on a million cases (issue 7). The counts of an evaluation (completed, within the
-- standard, overdue, returns with their reasons, who did the step, outputs) and the dashboard's
-- delays are read from per-day sums of the task measures: a year of one SOP is a few thousand rows
-- instead of every task. Medians, percentiles and the case count still read every task of the
-- period, from a narrow index read index-only.
--
-- The measures are counted again from the tasks (TaskMeasures), so the existing ones are dropped.

truncate task_measure;
update task_measure_state set complete = false, calendar_key = null, measured_until = null where id = 1;

-- the case's unit: the dashboard shows the cases of the units a head may read
alter table task_measure add column unit_id bigint not null;

drop index task_measure_revision_idx;
create index task_measure_revision_idx on task_measure (revision_id, completed_at)
    include (kabupaten_id, position_id, step_no, wmin, cdays, case_id);

create table task_measure_day (
    kabupaten_id    bigint not null,
    revision_id     bigint not null,
    unit_id         bigint not null,
    -- the day of completion, in the working calendar's time zone
    day             date not null,
    step_no         text not null,
    position_id     bigint not null,
    -- as task_measure.reason: a Tidak's reason ('' when none was given), else null
    reason          text,
    completed       integer not null,
    with_std        integer not null,
    within          integer not null,
    overdue         integer not null,
    returns         integer not null,
    by_lane         integer not null,
    by_acting       integer not null,
    delegated       integer not null,
    output_present  integer not null,
    output_missing  integer not null
);
create unique index task_measure_day_key on task_measure_day (revision_id, day, step_no, position_id, unit_id, reason)
    nulls not distinct;
create index task_measure_day_kabupaten_idx on task_measure_day (kabupaten_id, day);

-- the dashboard's cases completed per month
create index case_file_ended_idx on case_file (kabupaten_id, ended_at) include (unit_id) where status = 'SELESAI';
