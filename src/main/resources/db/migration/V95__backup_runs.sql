-- Backups (org.tocsin.security.backup): one row per run, from the schedule or the command line,
-- for the administrators' page. Never a password or a key.
create table backup_run (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    trigger     text not null check (trigger in ('schedule', 'command')),
    target      text not null,               -- a directory, or sftp://user@host:port/path
    archive     text,                        -- the archive's file name at the target
    size_bytes  bigint,
    outcome     text not null default 'running' check (outcome in ('running', 'succeeded', 'failed')),
    message     text,                        -- why it failed, or what retention removed
    instance    text                         -- which service instance or command ran it
);
create index backup_run_started on backup_run (started_at desc);
