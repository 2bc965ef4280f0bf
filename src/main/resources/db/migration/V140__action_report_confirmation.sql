-- Action reports, beyond the shared table of V100.

-- A coordinator's word on an aggregate ("at our stall on Saturday").
alter table action_report add column note text;

-- The single-use link that confirms a report typed on the public page. Only a hash of the
-- token is kept: a copied database confirms nothing. The e-mail address it was sent to is
-- not kept at all.
create table action_report_confirmation (
    report_id  bigint primary key references action_report (id) on delete cascade,
    token_hash bytea not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- Public report attempts, for the rate limits per address and per urgent action, shared by
-- every instance. The address is kept as a SHA-256 hash and deleted after a day.
create table action_report_attempt (
    id           bigint generated always as identity primary key,
    address_hash bytea not null,
    action_id    bigint not null,
    attempted_at timestamptz not null default now()
);
create index action_report_attempt_address on action_report_attempt (address_hash, attempted_at);
create index action_report_attempt_action on action_report_attempt (action_id, attempted_at);

-- The number of appeals staff hope a UA chain draws, kept on the chain's original.
create table action_goal (
    action_id  bigint primary key references urgent_action (id) on delete cascade,
    goal       integer not null check (goal between 1 and 10000000),
    version    integer not null default 0,
    updated_at timestamptz not null default now()
);
