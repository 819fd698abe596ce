-- The organisation's and the SOP catalogue's read models (issue 12): the names other modules show
-- beside their own rows (the case list and inbox of casework, the reports' dashboard and monitoring
-- forms), read without naming org's tables (unit, position, person) or sop's (sop, sop_revision).
-- Each owner keeps its views' names and columns stable (id.alurkerja.org.OrgReadModel,
-- id.alurkerja.sop.SopReadModel).
--
-- Each view is a plain projection of one table (no join, DISTINCT or aggregate), so PostgreSQL
-- inlines it into the reader's query: a join on a view is the join on the table, by its primary key
-- or its indexes, as before. Only views are added: no table changes.

create view org_unit as
select u.id as unit_id,
       u.kabupaten_id,
       -- the unit above; null for the kabupaten's top unit (the pemda)
       u.parent_id,
       u.code,
       u.name
from unit u;

comment on view org_unit is 'org read model: one row per unit of a kabupaten with its parent, code and name. '
    'Owned by org (OrgReadModel), columns kept stable.';

create view org_position as
select p.id as position_id,
       p.kabupaten_id,
       p.unit_id,
       p.code,
       p.title,
       -- the position above; null at the top (the bupati)
       p.superior_id,
       -- lower is higher in rank (Bupati 1, Sekda 2, Kadis 3 ...)
       p.rank
from position p;

comment on view org_position is 'org read model: one row per position (jabatan) with its unit, code, title, '
    'superior and rank. Owned by org (OrgReadModel), columns kept stable.';

create view org_person as
select p.id as person_id,
       p.kabupaten_id,
       p.name
from person p;

comment on view org_person is 'org read model: one row per person with their name. Owned by org (OrgReadModel), '
    'columns kept stable.';

create view sop_catalog as
select s.id as sop_id,
       s.kabupaten_id,
       -- the unit whose SOP it is
       s.unit_id,
       s.code
from sop s;

comment on view sop_catalog is 'sop read model: one row per SOP of a kabupaten with its unit and code. '
    'Owned by sop (SopReadModel), columns kept stable.';

create view sop_catalog_revision as
select r.id as revision_id,
       r.sop_id,
       r.number,
       -- the SOP's name (nama SOP) in this revision
       r.name,
       r.published_at,
       r.status = 'DRAFT' as draft,
       -- the one in force; a retired revision was published once and replaced
       r.status = 'PUBLISHED' as published,
       r.status = 'RETIRED' as retired
from sop_revision r;

comment on view sop_catalog_revision is 'sop read model: one row per revision of an SOP with its number, name and '
    'publication; draft / published / retired instead of status codes. Owned by sop (SopReadModel), columns '
    'kept stable.';
