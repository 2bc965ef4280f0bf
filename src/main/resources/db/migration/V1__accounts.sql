create table app_user (
    id            bigint generated always as identity primary key,
    username      text not null,
    display_name  text not null,
    role          text not null check (role in ('ADMINISTRATOR', 'RESEARCHER', 'COORDINATOR', 'MEMBER')),
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);
create unique index app_user_username on app_user (lower(username));
