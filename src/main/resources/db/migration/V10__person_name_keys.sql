-- Matching and search keys of each distinct name text, computed in Java (ICU transliteration,
-- Double Metaphone) because PostgreSQL cannot compute them. Keyed by the text itself, so a
-- name inserted or changed by plain SQL simply has no row yet: the service adds missing rows
-- before it reads. To change how keys are made, truncate this table; it refills on use.
create table person_name_key (
    name     text primary key,
    folded   text not null,
    latin    text not null,
    tokens   text[] not null,
    sounds   text[] not null,
    prefixes text[] not null
);
create index person_name_key_tokens on person_name_key using gin (tokens);
create index person_name_key_sounds on person_name_key using gin (sounds);
create index person_name_key_prefixes on person_name_key using gin (prefixes);
create index person_name_name on person_name (name);
