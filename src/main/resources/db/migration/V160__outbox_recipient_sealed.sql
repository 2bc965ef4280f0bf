-- Who a waiting mail is for is personal data too (a member confirming a report, a new
-- colleague): new rows keep the address sealed with the body; rows written before keep theirs.
alter table outbox_mail add column recipient_sealed bytea;
alter table outbox_mail alter column recipient drop not null;
alter table outbox_mail add constraint outbox_mail_has_recipient
    check (recipient is not null or recipient_sealed is not null);
