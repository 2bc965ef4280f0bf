-- Accounts and access: sessions shared by every instance, two-factor login, throttling,
-- password reset, API tokens and the mail outbox.

-- Spring Session JDBC's own schema (spring-session-jdbc's schema-postgresql.sql). Sessions live
-- here, not in one instance's memory, so any instance can serve them and an administrator can
-- end them all at once.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

alter table app_user
    add column email         text,
    add column version       integer not null default 0,
    add column totp_secret   bytea,
    add column totp_enabled  boolean not null default false,
    add column totp_last_step bigint not null default 0;
create unique index app_user_email on app_user (lower(email));
comment on column app_user.totp_secret is
    'Base32 TOTP secret, encrypted by the Vault (context app_user.totp_secret:<id>); never logged.';
comment on column app_user.totp_last_step is
    'The last 30-second step whose code was accepted: a code is never accepted twice.';

-- Recovery codes: 80 random bits each, so a SHA-256 of the code is enough to store.
create table recovery_code (
    user_id   bigint not null references app_user (id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Failed logins, per account name (whether or not it exists) and per address.
create table login_failure (
    id        bigint generated always as identity primary key,
    username  text not null,
    address   text not null,
    failed_at timestamptz not null default now()
);
create index login_failure_username on login_failure (username, failed_at);
create index login_failure_address on login_failure (address, failed_at);

create table password_reset (
    token_hash text primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

-- Mail that could not go out by SMTP (none configured, or the server refused it). The
-- notification work reuses it.
create table outbox_mail (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       bytea not null,
    created_at timestamptz not null default now(),
    error      text
);
