-- Access per case: a restricted case, and everything that belongs only to it, is seen by the
-- accounts named on it (and by administrators, who manage the lists). An open case is seen by
-- all staff, as before.
alter table case_file add column restricted boolean not null default false;

create table case_file_reader (
    case_id  bigint not null references case_file (id) on delete cascade,
    user_id  bigint not null references app_user (id) on delete cascade,
    added_at timestamptz not null default now(),
    primary key (case_id, user_id)
);
create index case_file_reader_user on case_file_reader (user_id);

-- Every case a person belongs to: at risk in it, or a party to one of its incidents. A person
-- all of whose cases are hidden from someone is hidden from them too.
create view person_case as
    select cp.person_id, cp.case_id from case_person cp
    union
    select ip.person_id, i.case_id from incident_party ip join incident i on i.id = ip.incident_id
    where ip.person_id is not null;

-- Every case a source tells of: through an account of an incident, or a dated step of an
-- investigation.
create view source_case as
    select a.source_id, i.case_id from account a join incident i on i.id = a.incident_id
    union
    select u.source_id, i.case_id from investigation_update u
        join investigation v on v.id = u.investigation_id join incident i on i.id = v.incident_id
    where u.source_id is not null;
