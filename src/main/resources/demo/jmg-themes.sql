-- Themes of the demo urgent actions of the JMG case (see jmg-actions.sql): all are about human
-- rights defenders attacked with impunity; the Committee for the Prevention of Torture's people
-- and the journalists with them were the ones beaten in March 2016.
--
-- Loaded by org.tocsin.actions.demo.DemoActionsLoader once, also on a database whose demo UAs
-- were loaded before UAs had themes; a UA that already has themes is left as it is.

update urgent_action a set themes = case
        when a.code_scheme = 'none' then array['human_rights_defenders', 'journalists', 'torture', 'impunity']
        when a.code_scheme = 'observatory' then array['human_rights_defenders', 'torture', 'impunity']
        else array['human_rights_defenders', 'impunity'] end
where a.themes = '{}'
  and a.case_id = (select min(id) from case_file where title = 'Joint Mobile Group and Igor Kalyapin')
  and (a.code_base in ('UA 315/14', 'UA 125/15', 'RUS 004 / 1214 / OBS 093') or (a.code_scheme = 'none' and a.title = 'Rights defenders at risk of further attacks'));
