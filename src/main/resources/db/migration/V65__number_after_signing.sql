-- A version may be signed before it is numbered: where the SOP separates numbering from
-- signing (a step that numbers and sends, seed 004 row 9), the signature leaves nomor
-- empty and the numbering step fills it. A number still needs a signature. Versions signed
-- before this change all carry their number, so every existing row meets the new check.
do $$
declare
    old_check text;
begin
    select conname into old_check
    from pg_constraint
    where conrelid = 'document_version'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%signed_at IS NULL%nomor IS NULL%';
    execute format('alter table document_version drop constraint %I', old_check);
end $$;

alter table document_version
    add constraint document_version_numbered_when_signed check (nomor is null or signed_at is not null);
