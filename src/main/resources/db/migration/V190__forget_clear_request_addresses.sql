-- Reset requests and report attempts were stored with the requester's address in clear or under
-- a plain digest; they only count recent requests, so the old rows are simply forgotten.
delete from password_reset_request;
delete from action_report_attempt;
