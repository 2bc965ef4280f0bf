-- The directory of authorities that urgent actions ask members to write to.
create table target (
    id             bigint generated always as identity primary key,
    name           text not null,
    title          text,
    organisation   text,
    address_lines  text[] not null default '{}',
    country        text,
    fax            text[] not null default '{}',
    email          text[] not null default '{}',
    phone          text,
    web_form       text,
    social         text[] not null default '{}',
    -- The period the person holds the office; a UA picking a target whose term has ended warns.
    term_start     date,
    term_end       date,
    notes          text,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (term_end is null or term_start is null or term_end >= term_start)
);

-- "Dear Prosecutor General" / "Уважаемый Генеральный прокурор": one per language (ISO 639-1).
create table target_salutation (
    target_id  bigint not null references target (id) on delete cascade,
    language   text not null check (language ~ '^[a-z]{2,3}$'),
    salutation text not null,
    primary key (target_id, language)
);
