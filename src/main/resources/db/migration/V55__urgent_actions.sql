-- Urgent actions (UAs): the appeal to write to the authorities about persons at risk, its
-- follow-ups under the same code family, and what came of it.

-- The last number given out per code scheme and scope (Amnesty: the year; Observatory: the
-- running number per year and the sequence per country and year). Issuing increments the row
-- inside the issuing transaction: the row lock makes concurrent issuers wait for each other,
-- and a rolled-back issue gives its number back, so numbers have neither gaps nor duplicates.
create table action_code_counter (
    scheme      text not null check (scheme in ('amnesty', 'observatory')),
    scope       text not null,
    last_number integer not null check (last_number > 0),
    primary key (scheme, scope)
);

create table urgent_action (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references case_file (id),
    -- The chain: the original has no parent; each follow-up names the UA it follows and the
    -- original (root) of its chain, and counts its place in the chain (0 = the original).
    parent_id       bigint references urgent_action (id),
    root_id         bigint references urgent_action (id),
    sequence        integer not null default 0 check (sequence >= 0),
    kind            text not null default 'urgent_action'
                    check (kind in ('urgent_action', 'further_information', 'update', 'closure')),
    -- amnesty: "UA 315/14"; observatory: "RUS 004 / 1214 / OBS 093"; external: a code another
    -- organisation gave, kept as entered; none: the document gives no code of its own.
    code_scheme     text not null check (code_scheme in ('amnesty', 'observatory', 'external', 'none')),
    -- The code of the chain ("UA 315/14"), shared by its follow-ups; null until an own-scheme UA is issued.
    code_base       text,
    code_note       text,
    country_code    text check (country_code ~ '^[A-Z]{3}$'),
    issuer          text,
    title           text not null,
    issued_on       date,
    issued_precision text not null default 'day' check (issued_precision in ('day', 'month')),
    deadline        date,
    country         text,
    summary         text,
    background      text,
    recommended_actions text[] not null default '{}',
    -- ISO 639-1 codes in the order to show them, and "own" for "your own language".
    languages       text[] not null default '{}',
    copies_to_diplomats boolean not null default false,
    status          text not null default 'draft' check (status in ('draft', 'issued', 'closed')),
    -- HURIDOCS Events Standard Formats, Intervention: the authorities' response and the impact.
    outcome_response text check (outcome_response in ('responded_favourably', 'promised_action', 'took_steps_to_inhibit',
                         'acknowledged_no_action', 'acknowledged_receipt', 'denied_event', 'no_response', 'other')),
    outcome_impact  text check (outcome_impact in ('strongly_positive', 'positive', 'no_impact', 'negative',
                         'strongly_negative', 'unknown')),
    outcome_note    text,
    closed_on       date,
    -- Staff only: never shown on public pages or feeds.
    internal_note   text,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((parent_id is null) = (root_id is null)),
    check ((parent_id is null) = (sequence = 0)),
    check (parent_id is null or kind <> 'urgent_action'),
    check (status = 'draft' or issued_on is not null),
    check (status <> 'closed' or (outcome_response is not null and outcome_impact is not null)),
    check (code_scheme <> 'observatory' or country_code is not null or status = 'draft'),
    check (code_scheme <> 'none' or code_base is null)
);
create index urgent_action_case on urgent_action (case_id);
create index urgent_action_root on urgent_action (root_id, sequence);
create index urgent_action_due on urgent_action (deadline) where status = 'issued';
-- A code family belongs to one chain, and each place in it is taken once.
create unique index urgent_action_code on urgent_action (upper(code_base), sequence) where code_base is not null;

-- Persons at risk named by the UA, with the gender this UA states (null: not stated).
create table urgent_action_person (
    action_id bigint not null references urgent_action (id) on delete cascade,
    person_id bigint not null references person (id),
    gender    text check (gender in ('m', 'f', 'x')),
    position  integer not null,
    primary key (action_id, person_id)
);

-- The authorities to write to, in the order the UA lists them.
create table urgent_action_target (
    action_id bigint not null references urgent_action (id) on delete cascade,
    target_id bigint not null references target (id),
    position  integer not null,
    primary key (action_id, target_id)
);
create index urgent_action_target_target on urgent_action_target (target_id);

-- Earlier UAs a UA refers to without being their follow-up ("see UA 315/14 and UA 125/15").
create table urgent_action_reference (
    action_id     bigint not null references urgent_action (id) on delete cascade,
    refers_to_id  bigint not null references urgent_action (id),
    primary key (action_id, refers_to_id),
    check (action_id <> refers_to_id)
);

-- Every extension of an issued UA's deadline; the UA row holds the current one.
create table urgent_action_deadline (
    id            bigint generated always as identity primary key,
    action_id     bigint not null references urgent_action (id) on delete cascade,
    previous      date,
    deadline      date not null,
    reason        text,
    changed_by    text,
    changed_at    timestamptz not null default now()
);
create index urgent_action_deadline_action on urgent_action_deadline (action_id, changed_at);

-- An issued UA's text is never edited: a mistake is put right by a correction note (shown
-- with the UA) or by a follow-up, which the note may name.
create table urgent_action_correction (
    id            bigint generated always as identity primary key,
    action_id     bigint not null references urgent_action (id) on delete cascade,
    note          text not null,
    follow_up_id  bigint references urgent_action (id),
    recorded_by   text,
    recorded_at   timestamptz not null default now()
);
create index urgent_action_correction_action on urgent_action_correction (action_id, recorded_at);
