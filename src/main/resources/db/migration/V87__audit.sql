-- The audit log (org.tocsin.security.audit): who changed or viewed what, never the values of
-- confidential fields. Each entry's hash covers the previous entry's hash and its own content,
-- so changing, removing or reordering entries breaks the chain (tocsin audit verify).

create table audit_entry (
    id          bigint primary key,          -- 1, 2, 3, ... without gaps: a gap is a removed entry
    at          timestamptz not null,
    actor       text not null,               -- user name, or 'system'
    action      text not null,               -- create, update, view, keys.rotate, ...
    record_kind text not null,               -- person, keyring, ...
    record_id   text,
    fields      text[] not null default '{}',-- names of the fields changed or viewed, never values
    prev_hash   bytea not null,
    hash        bytea not null
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_actor on audit_entry (actor, at);
create index audit_entry_record on audit_entry (record_kind, record_id);

-- The end of the chain. Appending locks this row, so entries from several instances form one
-- chain without forks; it also tells verify how many entries there must be.
create table audit_chain_head (
    id        smallint primary key default 1 check (id = 1),
    last_id   bigint not null,
    last_hash bytea not null
);
insert into audit_chain_head (id, last_id, last_hash) values (1, 0, decode(repeat('00', 32), 'hex'));

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only (% refused)', tg_op;
end $$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
