-- The working calendar's read model (issue 12): the holidays, for the reports, which count office
-- minutes in SQL (reports.evaluation.TaskMeasures) and key their stored measures on the holidays,
-- without naming the calendar's table (holiday). The calendar owns this view and keeps its name and
-- columns stable (id.alurkerja.calendar.CalendarReadModel); the working week and the office hours
-- come from CalendarService.
--
-- A plain projection of one table, so PostgreSQL inlines it into the reader's query: a join on the
-- day is the join on the table's primary key, as before. Only a view is added: no table changes.

create view calendar_holiday as
select h.day,
       h.name,
       -- a cuti bersama (joint leave day) rather than a national holiday; a day off either way
       h.kind = 'CUTI_BERSAMA' as cuti_bersama
from holiday h;

comment on view calendar_holiday is 'calendar read model: one row per holiday (libur nasional or cuti bersama), '
    'a day not worked whatever the working week. Owned by calendar (CalendarReadModel), columns kept stable.';
