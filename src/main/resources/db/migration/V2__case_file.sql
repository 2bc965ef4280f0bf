-- The case file: who is at risk, what happened to them, who said so, and what the
-- authorities did about it. Every editable record has a version for optimistic locking.

create table organisation (
    id          bigint generated always as identity primary key,
    name        text not null,
    aliases     text[] not null default '{}',
    parent_id   bigint references organisation (id),
    kind        text not null default 'ngo'
                check (kind in ('ngo', 'authority', 'media', 'intergovernmental', 'company', 'other')),
    country     text,
    description text,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table source (
    id           bigint generated always as identity primary key,
    publisher    text not null,
    published_on date,
    title        text not null,
    url          text,
    kind         text not null default 'report'
                 check (kind in ('urgent_action', 'urgent_appeal', 'press_release', 'report', 'article', 'testimony', 'other')),
    reference    text,
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create table person (
    id          bigint generated always as identity primary key,
    gender      text check (gender in ('m', 'f', 'x')),
    roles       text[] not null default '{}',
    organisation_id bigint references organisation (id),
    description text,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- Every spelling and script a source used; position 0 is the name shown.
create table person_name (
    id        bigint generated always as identity primary key,
    person_id bigint not null references person (id) on delete cascade,
    name      text not null,
    script    text not null,
    source_id bigint references source (id),
    position  integer not null default 0,
    unique (person_id, name)
);
create index person_name_person on person_name (person_id);

create table case_file (
    id          bigint generated always as identity primary key,
    title       text not null,
    summary     text,
    country     text,
    status      text not null default 'open' check (status in ('open', 'closed')),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table case_person (
    case_id   bigint not null references case_file (id) on delete cascade,
    person_id bigint not null references person (id),
    at_risk   boolean not null default true,
    primary key (case_id, person_id)
);

create table incident (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references case_file (id),
    title          text not null,
    occurred_on    date not null,
    date_precision text not null default 'day' check (date_precision in ('day', 'month', 'year')),
    occurred_time  time,
    time_zone      text,
    place          text,
    region         text,
    country        text,
    type           text not null check (type in ('threat', 'physical_attack', 'arson', 'raid', 'confiscation',
                       'detention', 'surveillance', 'smear', 'judicial_harassment', 'killing', 'disappearance',
                       'complaint', 'other')),
    description    text,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (occurred_time is null or date_precision = 'day'),
    check (time_zone is null or occurred_time is not null)
);
create index incident_case on incident (case_id, occurred_on);

-- A party is exactly one of: a person, an organisation, an unnamed group.
create table incident_party (
    id              bigint generated always as identity primary key,
    incident_id     bigint not null references incident (id) on delete cascade,
    role            text not null check (role in ('victim', 'perpetrator', 'witness', 'responsible_authority')),
    person_id       bigint references person (id),
    organisation_id bigint references organisation (id),
    group_label     text,
    group_size      integer check (group_size > 0),
    group_size_approximate boolean not null default false,
    position        integer not null default 0,
    check (num_nonnulls(person_id, organisation_id, group_label) = 1),
    check (group_size is null or group_label is not null)
);
create index incident_party_incident on incident_party (incident_id);
create index incident_party_person on incident_party (person_id);

-- One source's account of one incident.
create table account (
    id          bigint generated always as identity primary key,
    incident_id bigint not null references incident (id) on delete cascade,
    source_id   bigint not null references source (id),
    summary     text,
    version     integer not null default 0,
    unique (incident_id, source_id)
);

-- A fact as one account states it ("number of cars" = "4"). Facts of one incident that
-- share a key but differ in value across accounts are a disagreement.
create table account_fact (
    id         bigint generated always as identity primary key,
    account_id bigint not null references account (id) on delete cascade,
    fact_key   text not null,
    value      text not null,
    unique (account_id, fact_key)
);

create table investigation (
    id              bigint generated always as identity primary key,
    incident_id     bigint not null references incident (id) on delete cascade,
    authority_id    bigint references organisation (id),
    authority_name  text,
    reference       text,
    opened_on       date,
    status          text not null check (status in ('no_complaint', 'complaint_filed', 'refused_to_open', 'opened',
                        'suspended', 'closed_without_charge', 'suspects_identified', 'charged', 'at_trial',
                        'convicted', 'acquitted')),
    persons_charged integer not null default 0 check (persons_charged >= 0),
    notes           text,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (authority_id is not null or authority_name is not null)
);
create index investigation_incident on investigation (incident_id);

create table investigation_update (
    id               bigint generated always as identity primary key,
    investigation_id bigint not null references investigation (id) on delete cascade,
    on_date          date not null,
    status           text not null check (status in ('no_complaint', 'complaint_filed', 'refused_to_open', 'opened',
                         'suspended', 'closed_without_charge', 'suspects_identified', 'charged', 'at_trial',
                         'convicted', 'acquitted')),
    note             text,
    source_id        bigint references source (id),
    created_at       timestamptz not null default now()
);
create index investigation_update_investigation on investigation_update (investigation_id, on_date);
