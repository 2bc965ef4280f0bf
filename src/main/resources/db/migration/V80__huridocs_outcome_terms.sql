-- The outcome lists of a closed urgent action, brought in line with the HURIDOCS Events Standard
-- Formats (micro-thesauri "Status as regards response" and "Impact on the situation", as
-- published with OpenEvSys). V55 had them from memory.
--   response: "Promised to take action" is the standard's "Pledged commitment"; the two
--   "acknowledged" terms are not in the standard and become its "Token response"; "Request for
--   more information" is added. "Denied the event" and "Took steps to inhibit the progress of
--   the intervention" stay (both under "Response meant to counter the intervention").
--   impact: the standard has five steps plus "Minor impact" and "Unknown"; positive and negative
--   are its "moderate" steps.

alter table urgent_action drop constraint urgent_action_outcome_response_check;
alter table urgent_action drop constraint urgent_action_outcome_impact_check;

update urgent_action set outcome_response = 'pledged_commitment' where outcome_response = 'promised_action';
update urgent_action set outcome_response = 'token_response'
 where outcome_response in ('acknowledged_no_action', 'acknowledged_receipt');
update urgent_action set outcome_impact = 'moderately_positive' where outcome_impact = 'positive';
update urgent_action set outcome_impact = 'moderately_negative' where outcome_impact = 'negative';

alter table urgent_action add constraint urgent_action_outcome_response_check
    check (outcome_response in ('responded_favourably', 'pledged_commitment', 'denied_event', 'took_steps_to_inhibit',
                                'requested_information', 'token_response', 'no_response', 'other'));
alter table urgent_action add constraint urgent_action_outcome_impact_check
    check (outcome_impact in ('strongly_positive', 'moderately_positive', 'minor_impact', 'no_impact',
                              'moderately_negative', 'strongly_negative', 'unknown'));
