-- Facts that the accounts of one incident state differently: the same key with more than one
-- value (compared without case and surrounding space). Pages and the API read disagreements
-- only from here, so the incident page and the case timeline can never disagree about them.
create view incident_disagreement as
select a.incident_id, f.fact_key, count(distinct a.source_id) as sources
from account_fact f
join account a on a.id = f.account_id
group by a.incident_id, f.fact_key
having count(distinct lower(btrim(f.value))) > 1;
