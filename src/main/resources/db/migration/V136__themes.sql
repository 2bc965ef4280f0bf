-- Themes: what a UA is about, from a fixed vocabulary, so members can choose the themes they
-- want to hear of (member.themes, V100) and the outbox can match them.
--
-- The vocabulary lives in org.tocsin.actions.UrgentAction.THEMES, which validates input field
-- by field. These checks are the backstop for writes that bypass the service; a change of the
-- vocabulary needs a migration that replaces both constraints.
alter table urgent_action add column themes text[] not null default '{}';
alter table urgent_action add constraint urgent_action_themes_known check (themes <@ array[
    'human_rights_defenders', 'journalists', 'torture', 'arbitrary_detention', 'enforced_disappearance',
    'unfair_trial', 'freedom_of_expression', 'freedom_of_assembly', 'death_penalty', 'women_rights', 'lgbti',
    'refugees_migrants', 'indigenous_peoples', 'impunity']::text[]);
alter table member add constraint member_themes_known check (themes <@ array[
    'human_rights_defenders', 'journalists', 'torture', 'arbitrary_detention', 'enforced_disappearance',
    'unfair_trial', 'freedom_of_expression', 'freedom_of_assembly', 'death_penalty', 'women_rights', 'lgbti',
    'refugees_migrants', 'indigenous_peoples', 'impunity']::text[]);
