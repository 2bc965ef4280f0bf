-- The demo urgent actions of the JMG case (see jmg-case.sql), from the corpus documents in our
-- own words: Amnesty's UA 315/14 and UA 125/15 (closed), its March 2016 UA that gives no code of
-- its own, and the Observatory's RUS 004 / 1214 / OBS 093 with its update .1.
--
-- Loaded by org.tocsin.actions.demo.DemoActionsLoader in one transaction, after the demo case.
-- Persons are found by their name in the case; targets by surname in the directory of
-- authorities, which may be empty: a target not found is skipped and listed in
-- demo_action_missing, which the loader reports.

create temp table demo_action_ref (key text primary key, id bigint not null) on commit drop;
create temp table demo_action_target (ua text not null, surname text not null, position integer not null) on commit drop;
create temp table demo_action_missing (ua text not null, surname text not null) on commit drop;
create or replace function pg_temp.ua(k text) returns bigint language sql stable
    as 'select id from demo_action_ref where key = k';
create or replace function pg_temp.jmg() returns bigint language sql stable
    as 'select min(id) from case_file where title = ''Joint Mobile Group and Igor Kalyapin''';
create or replace function pg_temp.person(n text) returns bigint language sql stable
    as 'select min(cp.person_id) from case_person cp join person_name pn on pn.person_id = cp.person_id
        where cp.case_id = pg_temp.jmg() and pn.name = n';

-- ---------------------------------------------------------------- UA 315/14 (December 2014)

with x as (insert into urgent_action (case_id, kind, code_scheme, code_base, issuer, title, issued_on, issued_precision,
        deadline, country, summary, background, recommended_actions, languages, copies_to_diplomats, status,
        outcome_response, outcome_impact, outcome_note, internal_note)
    values (pg_temp.jmg(), 'urgent_action', 'amnesty', 'UA 315/14', 'Amnesty International',
        'Activist attacked and threatened', date '2014-12-01', 'month', date '2015-01-28', 'Russian Federation',
        'After Igor Kalyapin asked the authorities to examine whether Chechnya''s leader Ramzan Kadyrov broke the law by promising to expel the families of suspected insurgents and destroy their homes, Kadyrov called him a supporter of terrorists. Two men then pelted Kalyapin with eggs at his press conference in Moscow on 11 December, and since then he has received threatening calls and messages, some threatening to kill him.',
        'On 4 December an armed group attacked Grozny; within days at least nine family homes of suspected insurgents were burned or bulldozed, and nobody investigated. On 13 December banners at an official rally in Grozny called rights defenders supporters of terrorism; that evening the Joint Mobile Group''s office burned down in an apparent arson attack. The next day police searched two JMG members at the ruins without a warrant, held them for hours and kept their phones, cameras and laptops.',
        array['Ask for a prompt, effective and impartial investigation of the attack on Igor Kalyapin at his press conference and of the threats against him, including those made by senior officials.',
              'Ask the authorities to protect Igor Kalyapin and every member of the Joint Mobile Group, so that they can do their lawful work free from intimidation and harassment.',
              'Ask for a prompt, effective and impartial investigation of every destruction of the homes of families of suspected armed group members in Chechnya.'],
        array['ru', 'en', 'own'], true, 'closed', 'no_response', 'moderately_negative',
        'Nobody was identified or charged for the attack or the threats, which went unheeded by the federal authorities; instead, the Investigative Committee opened an investigation against Kalyapin himself on 18 December 2014 (Observatory). The attacks went on: the Grozny office was destroyed again in June 2015.',
        'The document shows no issue date; December 2014 from its events.')
    returning id)
insert into demo_action_ref select 'ua315', id from x;

insert into urgent_action_person (action_id, person_id, gender, position)
values (pg_temp.ua('ua315'), pg_temp.person('Igor Kalyapin'), 'm', 0);
insert into urgent_action_deadline (action_id, previous, deadline) values (pg_temp.ua('ua315'), null, date '2015-01-28');
insert into demo_action_target values ('ua315', 'Bastrykin', 0), ('ua315', 'Chaika', 1);

-- ---------------------------------------------------------------- UA 125/15 (June 2015)
-- Known only from the references of the March 2016 documents: the Grozny office destroyed a second time.

with x as (insert into urgent_action (case_id, kind, code_scheme, code_base, code_note, issuer, title, issued_on,
        issued_precision, country, summary, status, outcome_response, outcome_impact, outcome_note)
    values (pg_temp.jmg(), 'urgent_action', 'amnesty', 'UA 125/15',
        'Known from the references in the March 2016 urgent action; its own text is not among our sources.',
        'Amnesty International', 'Joint Mobile Group office in Grozny destroyed again', date '2015-06-01', 'month',
        'Russian Federation',
        'In June 2015 the Joint Mobile Group''s office in Grozny was destroyed for the second time; the Observatory dates the attack by an organised mob to 3 June 2015.',
        'closed', 'token_response', 'moderately_negative',
        'Criminal investigations were formally opened, but the authorities took no effective step to identify those who took part or those behind it, although the attack was filmed; nobody has been charged (Amnesty and the Observatory, March 2016).')
    returning id)
insert into demo_action_ref select 'ua125', id from x;

-- ---------------------------------------------------------------- Amnesty, March 2016: no code of its own

with x as (insert into urgent_action (case_id, kind, code_scheme, code_note, issuer, title, issued_on, issued_precision,
        deadline, country, summary, background, recommended_actions, languages, copies_to_diplomats, status, internal_note)
    values (pg_temp.jmg(), 'urgent_action', 'none',
        'The document gives no code of its own; it refers to UA 315/14 and UA 125/15.',
        'Amnesty International', 'Rights defenders at risk of further attacks', date '2016-03-01', 'month',
        date '2016-05-12', 'Russian Federation',
        'On 9 March 2016 about twenty masked men stopped a minibus near the Ingushetia–Chechnya border, beat two Joint Mobile Group members, six journalists and their driver with bats, called them defenders of terrorists and burned the bus; two hours later the group''s office in Ingushetia was broken into and its laptops and cameras stolen. On 16 March a hotel in Grozny turned Igor Kalyapin out, and a mob outside punched him and covered him in eggs, flour and green antiseptic. The authorities have never effectively investigated these attacks or the threats from Chechen officials that came before them.',
        'The Joint Mobile Group was set up in 2009, after the killing of Natalia Estemirova, so that lawyers from across Russia, taking turns, keep a human-rights presence in Chechnya: they represent victims of disappearances, unlawful detention and torture. Its Grozny offices were destroyed in December 2014 and June 2015, and its current office was broken into in March 2016. Media controlled by the Chechen administration keep publishing thinly veiled threats against the group and Kalyapin; similar threats came before the killings of Anna Politkovskaya and Natalia Estemirova.',
        array['Express concern at the repeated attacks on human rights defenders and journalists in the North Caucasus and at the authorities'' failure to investigate them effectively.',
              'Ask that those who carried out and those who ordered the attacks of 9 and 16 March, and the earlier attacks on defenders in the North Caucasus, are identified and tried fairly.',
              'Ask the authorities to act on the threats from the Chechen leadership against prominent defenders, journalists and activists.'],
        array['ru', 'own'], true, 'issued',
        'The document gives the ten people at risk and counts 7 men and 3 women; the genders below are from the case file and agree with that count.')
    returning id)
insert into demo_action_ref select 'ua2016', id from x;

insert into urgent_action_person (action_id, person_id, gender, position)
select pg_temp.ua('ua2016'), pg_temp.person(n.name), p.gender, n.position - 1
from unnest(array['Igor Kalyapin', 'Ivan Zhiltsov', 'Ekaterina Vanslova', 'Oistan Vindstad', 'Lena Maria Persson Löfgren',
                  'Aleksandrina Elagina', 'Anton Prusakov', 'Mikhail Solunin', 'Yegor Skovoroda', 'Bashir Pliev'])
     with ordinality as n(name, position)
join person p on p.id = pg_temp.person(n.name);
insert into urgent_action_deadline (action_id, previous, deadline) values (pg_temp.ua('ua2016'), null, date '2016-05-12');
insert into urgent_action_reference (action_id, refers_to_id)
values (pg_temp.ua('ua2016'), pg_temp.ua('ua315')), (pg_temp.ua('ua2016'), pg_temp.ua('ua125'));
insert into demo_action_target values ('ua2016', 'Bastrykin', 0), ('ua2016', 'Chaika', 1);

-- ---------------------------------------------------------------- Observatory: RUS 004 / 1214 / OBS 093 and .1

with x as (insert into urgent_action (case_id, kind, code_scheme, code_base, code_note, country_code, issuer, title,
        issued_on, issued_precision, country, summary, status)
    values (pg_temp.jmg(), 'urgent_action', 'observatory', 'RUS 004 / 1214 / OBS 093',
        'Known from its update of 23 March 2016, which carries this code; the original text is not among our sources.',
        'RUS', 'Observatory for the Protection of Human Rights Defenders (FIDH-OMCT)',
        'Igor Kalyapin and the Joint Mobile Group harassed and attacked', date '2014-12-01', 'month', 'Russian Federation',
        'In December 2014 Chechnya''s leader accused Igor Kalyapin of supporting terrorism after Kalyapin asked the Prosecutor General to look into Kadyrov''s threats against insurgents'' families; Kalyapin was attacked at his Moscow press conference on 11 December, the group''s Grozny offices were set on fire on 13 and 14 December, and on 18 December the Investigative Committee opened an investigation against Kalyapin.',
        'issued')
    returning id)
insert into demo_action_ref select 'obs093', id from x;

insert into urgent_action_person (action_id, person_id, gender, position)
values (pg_temp.ua('obs093'), pg_temp.person('Igor Kalyapin'), 'm', 0);

with x as (insert into urgent_action (case_id, parent_id, root_id, sequence, kind, code_scheme, code_base, country_code,
        issuer, title, issued_on, country, summary, background, recommended_actions, copies_to_diplomats, status)
    values (pg_temp.jmg(), pg_temp.ua('obs093'), pg_temp.ua('obs093'), 1, 'update', 'observatory',
        'RUS 004 / 1214 / OBS 093', 'RUS', 'Observatory for the Protection of Human Rights Defenders (FIDH-OMCT)',
        'Igor Kalyapin attacked by a mob in Grozny', date '2016-03-23', 'Russian Federation',
        'On 16 March 2016 the manager of the hotel in Grozny where Igor Kalyapin was staying told him to leave, reportedly over his criticism of Ramzan Kadyrov. Outside, about fifteen masked men threw flour, eggs and brilliant green antiseptic at him and kicked him. He was in Grozny for a press conference on the attack of 9 March on JMG members and journalists. Another flat the group used in Grozny, once Natalia Estemirova''s, was broken into by men in plain clothes and in Emergencies Ministry uniforms, and then sealed off. The Observatory sees these attacks as reprisals for the work of Kalyapin, the JMG and the Committee for the Prevention of Torture.',
        'The group had been attacked before: its Grozny offices were burned in December 2014 and wrecked by a mob on 3 June 2015, openly and on camera, and nobody was punished. On 9 March 2016 masked men in three cars stopped a bus with two members of the Committee for the Prevention of Torture and six Russian and foreign journalists near the Chechen border, beat them, robbed them and burned the bus; hours later armed men broke into the group''s office in Karabulak, Ingushetia, and took computers. The Observatory fears the attackers were also after the group''s data.',
        array['Guarantee at all times the physical and psychological integrity of Igor Kalyapin, of every member of the Joint Mobile Group and of the Committee for the Prevention of Torture, and of all human rights defenders in Russia.',
              'Investigate the attacks promptly, effectively and independently.',
              'End all harassment and all verbal and physical attacks on the JMG, the Committee for the Prevention of Torture and their members, Igor Kalyapin among them, and on every defender in Chechnya and in Russia, so that they can work without hindrance.',
              'Respect the UN Declaration on Human Rights Defenders of 9 December 1998, in particular its Articles 1 and 12.2.',
              'Respect the Declaration of the Council of Europe''s Committee of Ministers on the protection of human rights defenders, in particular its Article 2.i.',
              'Respect human rights and fundamental freedoms as the Universal Declaration of Human Rights and the treaties Russia has ratified require.'],
        true, 'issued')
    returning id)
insert into demo_action_ref select 'obs093.1', id from x;

insert into urgent_action_person (action_id, person_id, gender, position)
select pg_temp.ua('obs093.1'), pg_temp.person(n.name), p.gender, n.position - 1
from unnest(array['Igor Kalyapin', 'Ivan Zhiltsov', 'Ekaterina Vanslova', 'Oeystein Windstad', 'Lena Maria Persson Loefgren',
                  'Aleksandra Elagina', 'Egor Skovoroda', 'Mikhail Solunin', 'Anton Prusakov'])
     with ordinality as n(name, position)
join person p on p.id = pg_temp.person(n.name);
insert into demo_action_target values
    ('obs093.1', 'Putin', 0), ('obs093.1', 'Chaika', 1), ('obs093.1', 'Kolokoltsev', 2), ('obs093.1', 'Konovalov', 3),
    ('obs093.1', 'Lavrov', 4), ('obs093.1', 'Pamfilova', 5), ('obs093.1', 'Fedotov', 6), ('obs093.1', 'Borodavkin', 7),
    ('obs093.1', 'Romanov', 8), ('obs093.1', 'Alekseev', 9);

-- ---------------------------------------------------------------- targets, by surname, where the directory has them

insert into urgent_action_target (action_id, target_id, position)
select pg_temp.ua(w.ua), t.id, w.position
from demo_action_target w
join lateral (select id from target where name ilike '%' || w.surname || '%' order by id limit 1) t on true;

insert into demo_action_missing
select w.ua, w.surname from demo_action_target w
where not exists (select 1 from target where name ilike '%' || w.surname || '%');

-- ---------------------------------------------------------------- code counters
-- The numbers these codes took are taken: the next UA of 2014 in Amnesty's style is UA 316/14.

insert into action_code_counter (scheme, scope, last_number) values
    ('amnesty', '2014', 315), ('amnesty', '2015', 125), ('observatory', 'OBS:2014', 93), ('observatory', 'RUS:2014', 4)
on conflict (scheme, scope) do update set last_number = greatest(action_code_counter.last_number, excluded.last_number);
