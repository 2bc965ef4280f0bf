-- Requests for a password-reset link, to limit them per address and per account (so the form
-- cannot flood someone's mailbox or be used to probe). The target is a hash of the account id
-- (or of the name asked for, when there is no such account), never the name or address itself.
create table password_reset_request (
    id           bigint generated always as identity primary key,
    target_hash  text not null,
    address      text not null,
    requested_at timestamptz not null default now()
);
create index password_reset_request_target on password_reset_request (target_hash, requested_at);
create index password_reset_request_address on password_reset_request (address, requested_at);
