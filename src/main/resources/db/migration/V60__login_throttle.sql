-- The login throttle in PostgreSQL (issue 19), shared by every node: one row per username (as
-- typed, lower-cased) that has attempts in the current window. An attempt is counted before its
-- password is checked, so that nodes together check at most alur.login.max-failures passwords per
-- lock window; a successful sign-in deletes the row. Owned by the web module.
create table login_throttle (
    username     text primary key,
    attempts     int not null check (attempts > 0),
    window_start timestamptz not null,
    locked_until timestamptz
);

create index login_throttle_window_idx on login_throttle (window_start);
