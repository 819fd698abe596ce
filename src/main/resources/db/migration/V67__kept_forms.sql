-- What someone typed into a form whose session had ended (issue 19): kept for an hour under a
-- random id that only their browser holds (cookie ALUR_KEPT), so that after signing in again
-- the form comes back filled. Never files, passwords or form tokens; a row is deleted when used.
create table kept_form (
    id       uuid primary key,
    action   text not null,               -- where the form was sent, e.g. /cases
    page     text not null,               -- the page it was on (same-origin path), shown again
    fields   text not null,               -- the typed fields, URL-encoded as the form sent them
    kept_at  timestamptz not null default now()
);

create index kept_form_kept_at on kept_form (kept_at);
