-- Issue 13: the four seed SOPs say which step drafts, initials (paraf), signs and numbers which
-- document, as their text reads (the notes in src/main/resources/sop/seeds/*.yaml say how each is
-- read). New installations load the seeds with these duties; this migration gives them to the seed
-- revisions an installation already holds, so cases already running on them follow the new rules.
--
-- A published revision never changes (V2's trigger): the duties are the one exception, made here
-- once. They add no printed text (the official document shows nothing new), they only state who
-- does what the rows already say. A revision is given its duties only when every step named
-- below stands in the lane the seed puts it in, so a revision an admin rewrote under a seed's code
-- is left as it is (ADR 0063: such revisions keep the rules they were published with).

create or replace function pg_temp.with_duties(content jsonb, duties jsonb) returns jsonb language sql as $$
    select jsonb_set(content, '{steps}', coalesce((
        select jsonb_agg(case when duties ? (s ->> 'no') and coalesce(s -> 'duty', 'null'::jsonb) = 'null'::jsonb
                              then s || jsonb_build_object('duty', duties -> (s ->> 'no') -> 'duty')
                              else s end order by i)
        from jsonb_array_elements(content -> 'steps') with ordinality as t (s, i)), '[]'::jsonb))
$$;

-- every step named stands in its lane, and no step has a duty yet
create or replace function pg_temp.is_seed(content jsonb, duties jsonb) returns boolean language sql as $$
    select not exists (select 1 from jsonb_array_elements(content -> 'steps') s where coalesce(s -> 'duty', 'null'::jsonb) <> 'null'::jsonb)
       and (select count(*) from jsonb_each(duties) d
            where exists (select 1 from jsonb_array_elements(content -> 'steps') s
                          where s ->> 'no' = d.key and s ->> 'lane' = d.value ->> 'lane')) = (select count(*) from jsonb_each(duties))
$$;

create temporary table seed_duty (code text primary key, duties jsonb not null) on commit drop;
insert into seed_duty (code, duties) values
('DPMPEMDES-PK-01', '{
  "3": {"lane": "kasi", "duty": {"kind": "DRAFT", "document": "Perjanjian Kinerja", "parafLanes": [], "klasifikasi": null}},
  "4": {"lane": "kasi", "duty": {"kind": "DRAFT", "document": "Perjanjian Kinerja", "parafLanes": [], "klasifikasi": null}},
  "5": {"lane": "kasi", "duty": {"kind": "DRAFT", "document": "Perjanjian Kinerja", "parafLanes": [], "klasifikasi": null}},
  "6": {"lane": "kasi", "duty": {"kind": "PARAF", "document": "Perjanjian Kinerja", "parafLanes": ["kabid", "sekretaris"], "klasifikasi": null}},
  "7": {"lane": "kadis", "duty": {"kind": "SIGN", "document": "Perjanjian Kinerja", "parafLanes": [], "klasifikasi": "000.8.3.3"}},
  "9": {"lane": "kasi", "duty": {"kind": "NUMBER", "document": "Perjanjian Kinerja", "parafLanes": [], "klasifikasi": null}}
}'),
('LMD-KSAD-01', '{
  "5": {"lane": "tkksd", "duty": {"kind": "DRAFT", "document": "Kesepakatan Bersama", "parafLanes": [], "klasifikasi": null}},
  "6": {"lane": "bupati", "duty": {"kind": "SIGN", "document": "Kesepakatan Bersama", "parafLanes": [], "klasifikasi": "100.4.3"}},
  "7": {"lane": "pdt", "duty": {"kind": "DRAFT", "document": "Perjanjian Kerja Sama", "parafLanes": [], "klasifikasi": null}},
  "10": {"lane": "bupati", "duty": {"kind": "SIGN", "document": "Perjanjian Kerja Sama", "parafLanes": [], "klasifikasi": "100.4.3"}}
}'),
('DPMPEMDES-CTADES-01', '{
  "9": {"lane": "kadis", "duty": {"kind": "DRAFT", "document": "Surat Bupati", "parafLanes": [], "klasifikasi": null}},
  "10": {"lane": "bupati", "duty": {"kind": "SIGN", "document": "Surat Bupati", "parafLanes": [], "klasifikasi": "100.3.5"}}
}');

alter table sop_revision disable trigger sop_revision_frozen;

update sop_revision r
set content = pg_temp.with_duties(r.content, d.duties)
from sop s
join seed_duty d on d.code = s.code
where s.id = r.sop_id
  and pg_temp.is_seed(r.content, d.duties);

alter table sop_revision enable trigger sop_revision_frozen;

drop function pg_temp.with_duties(jsonb, jsonb);
drop function pg_temp.is_seed(jsonb, jsonb);
