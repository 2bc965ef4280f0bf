-- Encryption at rest (org.tocsin.security.crypto). The database holds the data keys only
-- wrapped by the master key, which it never holds: a copied database alone opens nothing.

-- One row per Tink data key. id is the Tink key id that starts every ciphertext made with it.
create table data_key (
    id            integer primary key,
    purpose       text not null check (purpose in ('aead', 'streaming')),
    wrapped       bytea not null,        -- a one-key Tink keyset encrypted by the master key
    master_key_id text not null,         -- keyed hash naming the master key that wrapped it (not the key)
    is_primary    boolean not null default false,
    created_at    timestamptz not null default now()
);
create unique index data_key_one_primary on data_key (purpose) where is_primary;

-- Bumped on every change to data_key so that every service instance reloads its keys.
create table keyring (
    id         smallint primary key default 1 check (id = 1),
    generation bigint not null default 0
);
insert into keyring (id, generation) values (1, 0);

-- Salt and Argon2id cost of a master passphrase (TOCSIN_MASTER_PASSPHRASE); never the passphrase.
create table master_key_kdf (
    id          smallint primary key default 1 check (id = 1),
    algorithm   text not null check (algorithm = 'argon2id'),
    salt        bytea not null,
    memory_kib  integer not null,
    iterations  integer not null,
    parallelism integer not null,
    created_at  timestamptz not null default now()
);
