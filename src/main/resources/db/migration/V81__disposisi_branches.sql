-- Issue 14: a disposisi as offices write it. One disposisi goes to one or several recipients,
-- each a branch (one delegation row) with the standard instructions ticked; a branch marked as a
-- tembusan is a copy for information, which the step does not wait for. The sender may recall a
-- branch while its recipient has not opened the case.

alter table delegation add column required boolean not null default true;
alter table delegation add column instructions text[] not null default '{}';
alter table delegation add column recalled_at timestamptz;
alter table delegation drop constraint delegation_status_check;
alter table delegation add constraint delegation_status_check
    check (status in ('OPEN', 'REPORTED', 'CLOSED', 'RECALLED'));

-- What a disposisi sent, for the sender's Disposisi keluar list.
create index delegation_from_person_idx on delegation (from_person_id, created_at desc);

-- The standard instructions an office ticks on its lembar disposisi, per kabupaten and in order.
-- A kabupaten with none uses the defaults printed on the common lembar disposisi (in the code:
-- casework.DisposisiInstructions).
create table disposisi_instruction (
    kabupaten_id  bigint not null references kabupaten (id),
    sort_order    int not null,
    text          text not null check (length(btrim(text)) between 1 and 120),
    primary key (kabupaten_id, sort_order)
);
