-- Intake: an uploaded document, its text, what was extracted from it and what applying its
-- review created. The file, the text and the review are confidential: sealed by the vault
-- (context bound to the row's id), never stored in plaintext. The hash (SHA-256 of the file)
-- recognises the same document uploaded twice.
create table document_import (
    id              bigint generated always as identity primary key,
    file_name       text not null,
    size_bytes      bigint not null,
    content_hash    bytea not null,
    file_sealed     bytea,
    text_sealed     bytea,
    extraction_sealed bytea,
    review_sealed   bytea,
    status          text not null default 'new' check (status in ('new', 'reviewed', 'applied', 'failed')),
    failure         text,
    source_id       bigint references source (id),
    case_id         bigint references case_file (id),
    action_id       bigint references urgent_action (id),
    person_ids      bigint[] not null default '{}',
    target_ids      bigint[] not null default '{}',
    incident_ids    bigint[] not null default '{}',
    uploaded_by     text,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index document_import_hash on document_import (content_hash);
create index document_import_created on document_import (created_at desc, id desc);
