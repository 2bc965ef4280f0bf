-- The network that turns an urgent action into appeals: country sections and their
-- localisations of UAs, the model letters members fill in, members, and the actions they
-- report. Each part adds its own columns and tables in later migrations; these are the
-- records the parts share.

-- A country branch: the country it works in (ISO 3166-1 alpha-3, like urgent_action.country_code)
-- and the languages it speaks to its members in, the first being its main one.
create table section (
    id           bigint generated always as identity primary key,
    name         text not null,
    country_code text not null check (country_code ~ '^[A-Z]{3}$'),
    languages    text[] not null default '{}',
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create unique index section_name on section (lower(name));

-- The users who coordinate a section: they localise UAs for it and report its actions.
create table section_coordinator (
    section_id bigint not null references section (id) on delete cascade,
    user_id    bigint not null references app_user (id) on delete cascade,
    primary key (section_id, user_id)
);
create index section_coordinator_user on section_coordinator (user_id);

-- A section keeps its own local targets (above all the embassies accredited in its country)
-- in the same directory; null means the organisation's central directory.
alter table target add column section_id bigint references section (id);
create index target_section on target (section_id) where section_id is not null;

-- The model letter of a UA in one language (ISO 639-1). Placeholders in {braces} are filled
-- for each target and member; see org.tocsin.actions.letters.
create table model_letter (
    action_id  bigint not null references urgent_action (id) on delete cascade,
    language   text not null check (language ~ '^[a-z]{2,3}$'),
    subject    text not null,
    body       text not null,
    version    integer not null default 0,
    updated_at timestamptz not null default now(),
    primary key (action_id, language)
);

-- A section's version of an issued UA in one of its languages. The original stays the
-- reference: a localisation made from one place in the chain is marked as needing an update
-- when a later follow-up of that chain is issued.
create table localisation (
    id                  bigint generated always as identity primary key,
    action_id           bigint not null references urgent_action (id),
    section_id          bigint not null references section (id),
    language            text not null check (language ~ '^[a-z]{2,3}$'),
    title               text not null,
    summary             text,
    recommended_actions text[] not null default '{}',
    letter_subject      text,
    letter_body         text,
    local_deadline      date,
    status              text not null default 'draft' check (status in ('draft', 'published')),
    published_at        timestamptz,
    needs_update        boolean not null default false,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (action_id, section_id, language),
    check (status = 'draft' or published_at is not null)
);
create index localisation_section on localisation (section_id);

-- Targets a localisation adds to the UA's own (from the section's list).
create table localisation_target (
    localisation_id bigint not null references localisation (id) on delete cascade,
    target_id       bigint not null references target (id),
    position        integer not null,
    primary key (localisation_id, target_id)
);

-- A member of the network. Name, e-mail and postal address are confidential (members in some
-- countries are at risk too): they are sealed with the vault; the e-mail is found again by a
-- keyed hash of its normalised form, never by its text.
create table member (
    id             bigint generated always as identity primary key,
    email_index    bytea not null unique,
    email_sealed   bytea not null,
    name_sealed    bytea,
    town_sealed    bytea,
    address_sealed bytea,
    language       text not null check (language ~ '^[a-z]{2,3}$'),
    section_id     bigint references section (id),
    -- immediate: each action as it is issued; weekly: one digest a week.
    frequency      text not null default 'immediate' check (frequency in ('immediate', 'weekly')),
    -- Empty means every country (ISO 3166-1 alpha-3) or every theme.
    countries      text[] not null default '{}',
    themes         text[] not null default '{}',
    status         text not null default 'pending'
                   check (status in ('pending', 'active', 'unsubscribed', 'suppressed')),
    confirmed_at   timestamptz,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (status <> 'active' or confirmed_at is not null)
);

-- What was done for a UA: by a member (on the take-action page or from a notification), by a
-- coordinator for the section's stall or event, or through the API.
create table action_report (
    id          bigint generated always as identity primary key,
    action_id   bigint not null references urgent_action (id),
    section_id  bigint references section (id),
    member_id   bigint references member (id) on delete set null,
    channel     text not null check (channel in ('letter', 'email', 'fax', 'phone', 'social_media', 'other')),
    count       integer not null check (count between 1 and 100000),
    taken_on    date not null,
    origin      text not null check (origin in ('member', 'coordinator', 'api')),
    -- Reports typed on the public page count once their e-mail confirmation link is followed.
    status      text not null default 'confirmed' check (status in ('pending', 'confirmed')),
    reported_by text,
    created_at  timestamptz not null default now()
);
create index action_report_action on action_report (action_id, status);
create index action_report_member on action_report (member_id) where member_id is not null;

create table action_report_target (
    report_id bigint not null references action_report (id) on delete cascade,
    target_id bigint not null references target (id),
    primary key (report_id, target_id)
);
