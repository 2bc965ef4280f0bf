-- Which worker's claim a queued notification is under: a worker whose lease ran out (a slow SMTP
-- server) must neither send nor mark rows another worker has claimed since.
alter table notification add column claimed_by uuid;
