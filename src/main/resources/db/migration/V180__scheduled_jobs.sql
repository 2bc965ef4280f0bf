-- The job queue (org.tocsin.database.JobQueue): scheduled work such as backups, digests and
-- reminders, claimed by any instance with FOR UPDATE SKIP LOCKED under a lease. last_error holds
-- the exception's class name only, never a message that could carry personal data.
create table scheduled_job (
    id           bigint generated always as identity primary key,
    kind         text not null,
    recurring    boolean not null default false,
    run_at       timestamptz not null,
    status       text not null default 'pending' check (status in ('pending', 'done', 'failed')),
    attempts     int not null default 0,
    locked_until timestamptz,              -- the lease: while in the future, one worker holds the row
    locked_by    text,                     -- which claim holds it (instance and a random token)
    last_error   text,
    finished_at  timestamptz,
    created_at   timestamptz not null default now()
);
-- One pending run per recurring kind, however many instances schedule it.
create unique index scheduled_job_one_pending on scheduled_job (kind) where status = 'pending' and recurring;
create index scheduled_job_due on scheduled_job (run_at) where status = 'pending';
create index scheduled_job_recent on scheduled_job (kind, created_at desc);
