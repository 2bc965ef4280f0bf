-- A person's description is confidential: it is kept sealed (Tink AEAD, associated data
-- "person.description:<id>") in description_sealed. The old plaintext column stays only as an
-- inbox for rows written by plain SQL (older data, the demo script): the service seals each such
-- value at start and empties the column. Nothing reads it otherwise.
alter table person add column description_sealed bytea;
comment on column person.description is 'Legacy plaintext; sealed into description_sealed at start and then null.';
