-- The working week as a setting: at most one row, the working days as ISO day numbers
-- (1 = Monday ... 7 = Sunday). Without it Monday to Friday apply.
create table working_week (
    id       int primary key check (id = 1),
    days     text not null check (days ~ '^[1-7](,[1-7])*$'),
    version  bigint not null default 0
);
