-- The key of org.tocsin.security.crypto.BlindIndex (keyed hashes that find a sealed value again,
-- such as a member's e-mail address): a data key like the others, wrapped by the master key.
alter table data_key drop constraint data_key_purpose_check;
alter table data_key add constraint data_key_purpose_check check (purpose in ('aead', 'streaming', 'index'));
