-- Issue 13: a task carries the document duty of the step it is at (DRAFT, PARAF, SIGN, NUMBER),
-- copied from the SOP when the case reaches the step, and for a PARAF duty the positions whose
-- paraf it asks, so that each of them finds "Perlu paraf" in their inbox and the signer "Perlu
-- tanda tangan". Both columns are new and nullable: existing tasks keep every value; tasks
-- opened before this migration show no such label (their paraf and signature still work from the
-- case page).
alter table task add column duty text check (duty in ('DRAFT', 'PARAF', 'SIGN', 'NUMBER'));
alter table task add column paraf_position_ids bigint[];

-- the inbox looks up open tasks asking a paraf of one of the reader's positions
create index task_open_paraf_idx on task using gin (paraf_position_ids)
    where status = 'OPEN' and paraf_position_ids is not null;
