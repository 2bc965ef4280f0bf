-- The demo case file: the attacks on the Joint Mobile Group (JMG) and Igor Kalyapin, 2014-2016.
-- Facts come from the five documents in corpus/urgent-actions, retold in our own words.
-- Each spelling of a name is kept with the source that used it; facts the sources state
-- differently are kept per account (they show as disagreements, see V3).
--
-- Loaded by org.tocsin.cases.demo.DemoCaseLoader in one transaction. Records refer to each
-- other through short keys kept in a temporary table, so the script never depends on the
-- ids or on names already in the database.

create temp table demo_ref (key text primary key, id bigint not null) on commit drop;
create or replace function pg_temp.ref(k text) returns bigint language sql stable
    as 'select id from demo_ref where key = k';
create or replace function pg_temp.account(i text, s text) returns bigint language sql stable
    as 'select id from account where incident_id = pg_temp.ref(i) and source_id = pg_temp.ref(s)';

-- ---------------------------------------------------------------- sources (the five documents)

with x as (insert into source (publisher, published_on, title, kind, reference)
    values ('Amnesty International', null, 'Activist attacked and threatened', 'urgent_action', 'UA 315/14')
    returning id)
insert into demo_ref select 'src:ai-2014', id from x;

with x as (insert into source (publisher, published_on, title, kind, reference)
    values ('Amnesty International and Human Rights Watch', null,
            'Joint statement on the burning of the JMG office in Grozny and the harassment of rights defenders in Chechnya',
            'press_release', null)
    returning id)
insert into demo_ref select 'src:ai-hrw-2014', id from x;

with x as (insert into source (publisher, published_on, title, kind, reference)
    values ('Voice of America (editorial)', null, 'Human Rights Defenders Must Be Defended', 'article', null)
    returning id)
insert into demo_ref select 'src:editorial-2014', id from x;

with x as (insert into source (publisher, published_on, title, kind, reference)
    values ('Amnesty International', null, 'Rights defenders at risk of further attacks', 'urgent_action', null)
    returning id)
insert into demo_ref select 'src:ai-2016', id from x;

with x as (insert into source (publisher, published_on, title, kind, reference)
    values ('Observatory for the Protection of Human Rights Defenders (FIDH-OMCT)', date '2016-03-23',
            'Attack on Igor Kalyapin, Head of the Joint Mobile Group and the Committee for the Prevention of Torture, by a mob of unidentified people',
            'urgent_appeal', 'RUS 004 / 1214 / OBS 093.1')
    returning id)
insert into demo_ref select 'src:obs-2016', id from x;

-- ---------------------------------------------------------------- organisations

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Committee for the Prevention of Torture',
            '{"Committee for Prevention of Torture","Committee Against Torture","Комитет по предотвращению пыток"}',
            'ngo', 'Russian Federation',
            'Russian human-rights NGO headed by Igor Kalyapin; it coordinates the Joint Mobile Group. The December 2014 editorial calls it the Committee Against Torture.')
    returning id)
insert into demo_ref select 'org:cpt', id from x;

with x as (insert into organisation (name, aliases, parent_id, kind, country, description)
    values ('Joint Mobile Group', '{"JMG","Сводная мобильная группа"}', pg_temp.ref('org:cpt'), 'ngo', 'Russian Federation',
            'Lawyers from several Russian regions who take turns, a few weeks at a time, to keep a human-rights presence in Chechnya. Set up in 2009 after the killing of Natalia Estemirova; it represents victims of disappearances, unlawful detention and torture. Winner of the 2013 Martin Ennals Award.')
    returning id)
insert into demo_ref select 'org:jmg', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Investigative Committee of the Russian Federation',
            '{"Investigation Committee of the Russian Federation","Следственный комитет Российской Федерации"}',
            'authority', 'Russian Federation', 'Federal body that investigates serious crimes; chaired in 2014-2016 by Aleksandr Bastrykin.')
    returning id)
insert into demo_ref select 'org:ic', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Prosecutor General''s Office', '{"Prosecutor General of the Russian Federation","Генеральная прокуратура Российской Федерации"}',
            'authority', 'Russian Federation', 'Federal prosecution service; Prosecutor General in 2014-2016: Yuri Chaika.')
    returning id)
insert into demo_ref select 'org:pgo', id from x;

with x as (insert into organisation (name, aliases, kind, description)
    values ('Amnesty International', '{"AI"}', 'ngo', 'International human-rights movement; issued urgent actions on the case in December 2014 and March 2016.')
    returning id)
insert into demo_ref select 'org:ai', id from x;

with x as (insert into organisation (name, aliases, kind, description)
    values ('Human Rights Watch', '{"HRW"}', 'ngo', 'International human-rights organisation; joined Amnesty International in a December 2014 statement on the case.')
    returning id)
insert into demo_ref select 'org:hrw', id from x;

with x as (insert into organisation (name, aliases, kind, description)
    values ('FIDH', '{"International Federation for Human Rights"}', 'ngo', 'International federation of human-rights organisations; runs the Observatory together with OMCT.')
    returning id)
insert into demo_ref select 'org:fidh', id from x;

with x as (insert into organisation (name, aliases, kind, description)
    values ('OMCT', '{"World Organisation Against Torture"}', 'ngo', 'International network against torture; runs the Observatory together with FIDH.')
    returning id)
insert into demo_ref select 'org:omct', id from x;

with x as (insert into organisation (name, aliases, parent_id, kind, description)
    values ('Observatory for the Protection of Human Rights Defenders', '{"the Observatory","FIDH-OMCT Observatory"}',
            pg_temp.ref('org:omct'), 'ngo', 'Joint programme of OMCT and FIDH that issues urgent appeals for defenders at risk.')
    returning id)
insert into demo_ref select 'org:obs', id from x;

with x as (insert into organisation (name, kind, country, description)
    values ('Voice of America', 'media', 'United States', 'Publisher of the December 2014 editorial on the arson of the JMG office.')
    returning id)
insert into demo_ref select 'org:voa', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Novaya Gazeta', '{"Новая газета"}', 'media', 'Russian Federation', 'Russian newspaper; its journalist Elena Milashina was also threatened for writing about Chechnya.')
    returning id)
insert into demo_ref select 'org:novaya', id from x;

with x as (insert into organisation (name, kind, country, description)
    values ('Ny Tid', 'media', 'Norway', 'Norwegian newspaper; its correspondent was on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'org:nytid', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Sveriges Radio', '{"Swedish public radio"}', 'media', 'Sweden', 'Swedish public radio; one of its journalists was on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'org:sr', id from x;

with x as (insert into organisation (name, kind, country, description)
    values ('The New Times', 'media', 'Russian Federation', 'Russian weekly magazine; one of its journalists was on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'org:newtimes', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Mediazona', '{"Медиазона"}', 'media', 'Russian Federation', 'Russian online outlet; one of its journalists was on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'org:mediazona', id from x;

with x as (insert into organisation (name, aliases, kind, country, description)
    values ('Kommersant', '{"Коммерсантъ"}', 'media', 'Russian Federation', 'Russian daily newspaper; one of its journalists was on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'org:kommersant', id from x;

-- ---------------------------------------------------------------- persons and their names
-- Position 0 is the name shown; the other rows are the spellings other sources used.

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"human rights defender","head of organisation"}', pg_temp.ref('org:jmg'),
            'Heads the Joint Mobile Group and the Committee for the Prevention of Torture; sat on the presidential human-rights council.')
    returning id)
insert into demo_ref select 'p:kalyapin', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:kalyapin'), 'Igor Kalyapin', 'latin', pg_temp.ref('src:ai-2014'), 0),
    (pg_temp.ref('p:kalyapin'), 'Игорь Каляпин', 'cyrillic', null, 1);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"human rights defender"}', pg_temp.ref('org:jmg'),
            'JMG member (the Observatory names him a member of the Committee for the Prevention of Torture); on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:zhiltsov', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:zhiltsov'), 'Ivan Zhiltsov', 'latin', pg_temp.ref('src:ai-2016'), 0);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('f', '{"human rights defender"}', pg_temp.ref('org:jmg'),
            'JMG member (the Observatory names her a member of the Committee for the Prevention of Torture); on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:vanslova', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:vanslova'), 'Ekaterina Vanslova', 'latin', pg_temp.ref('src:ai-2016'), 0);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"journalist"}', pg_temp.ref('org:nytid'), 'Norwegian journalist, correspondent of Ny Tid; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:windstad', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:windstad'), 'Oistan Vindstad', 'latin', pg_temp.ref('src:ai-2016'), 0),
    (pg_temp.ref('p:windstad'), 'Oeystein Windstad', 'latin', pg_temp.ref('src:obs-2016'), 1);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('f', '{"journalist"}', pg_temp.ref('org:sr'), 'Swedish public radio journalist; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:lofgren', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:lofgren'), 'Lena Maria Persson Löfgren', 'latin', pg_temp.ref('src:ai-2016'), 0),
    (pg_temp.ref('p:lofgren'), 'Lena Maria Persson Loefgren', 'latin', pg_temp.ref('src:obs-2016'), 1);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('f', '{"journalist"}', pg_temp.ref('org:newtimes'), 'Journalist with The New Times; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:elagina', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:elagina'), 'Aleksandrina Elagina', 'latin', pg_temp.ref('src:ai-2016'), 0),
    (pg_temp.ref('p:elagina'), 'Aleksandra Elagina', 'latin', pg_temp.ref('src:obs-2016'), 1);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"journalist"}', pg_temp.ref('org:kommersant'), 'Journalist with Kommersant; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:prusakov', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:prusakov'), 'Anton Prusakov', 'latin', pg_temp.ref('src:ai-2016'), 0);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"journalist"}', null, 'Freelance journalist; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:solunin', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:solunin'), 'Mikhail Solunin', 'latin', pg_temp.ref('src:ai-2016'), 0);

with x as (insert into person (gender, roles, organisation_id, description)
    values ('m', '{"journalist"}', pg_temp.ref('org:mediazona'), 'Journalist with Mediazona; on the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:skovoroda', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:skovoroda'), 'Yegor Skovoroda', 'latin', pg_temp.ref('src:ai-2016'), 0),
    (pg_temp.ref('p:skovoroda'), 'Egor Skovoroda', 'latin', pg_temp.ref('src:obs-2016'), 1);

-- Amnesty names the driver; the Observatory only mentions "the bus driver". Amnesty counts
-- seven men among the ten people at risk, which makes him a man.
with x as (insert into person (gender, roles, description)
    values ('m', '{"driver"}', 'Drove the minibus attacked on 9 March 2016.')
    returning id)
insert into demo_ref select 'p:pliev', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:pliev'), 'Bashir Pliev', 'latin', pg_temp.ref('src:ai-2016'), 0);

-- The sources call both "JMG members", "staff" or "lawyers" and give no gender.
with x as (insert into person (roles, organisation_id, description)
    values ('{"human rights defender","lawyer"}', pg_temp.ref('org:jmg'),
            'JMG member; searched and held by police in Grozny on 14 December 2014, his equipment taken.')
    returning id)
insert into demo_ref select 'p:babinets', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:babinets'), 'Sergei Babinets', 'latin', pg_temp.ref('src:ai-2014'), 0);

with x as (insert into person (roles, organisation_id, description)
    values ('{"human rights defender","lawyer"}', pg_temp.ref('org:jmg'),
            'JMG member; searched and held by police in Grozny on 14 December 2014, his equipment taken.')
    returning id)
insert into demo_ref select 'p:dimitriev', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:dimitriev'), 'Dmitry Dimitriev', 'latin', pg_temp.ref('src:ai-2014'), 0);

with x as (insert into person (gender, roles, description)
    values ('m', '{"official"}', 'Head of the Chechen Republic.')
    returning id)
insert into demo_ref select 'p:kadyrov', id from x;
insert into person_name (person_id, name, script, source_id, position) values
    (pg_temp.ref('p:kadyrov'), 'Ramzan Kadyrov', 'latin', pg_temp.ref('src:ai-2014'), 0),
    (pg_temp.ref('p:kadyrov'), 'Рамзан Кадыров', 'cyrillic', null, 1);

-- ---------------------------------------------------------------- the case

with x as (insert into case_file (title, summary, country, status)
    values ('Joint Mobile Group and Igor Kalyapin',
            'From December 2014 the Joint Mobile Group, the rotating team of Russian lawyers that keeps a human-rights presence in Chechnya, and its head Igor Kalyapin met a rising campaign against them. It began when Kalyapin asked the Prosecutor General to look into the Chechen leader''s promise to punish the families of insurgents. He was then branded a friend of terrorists, pelted with eggs in Moscow and threatened; the group''s Grozny office burned down, police took its equipment, and a mob wrecked the next office in June 2015. On 9 March 2016 masked men beat two members, six journalists and their driver and burned their minibus; that night the Ingushetia office was burgled, and a week later a mob attacked Kalyapin outside his hotel in Grozny. Some investigations were opened; nobody has been charged.',
            'Russian Federation', 'open')
    returning id)
insert into demo_ref select 'case', id from x;

insert into case_person (case_id, person_id, at_risk)
select pg_temp.ref('case'), pg_temp.ref(k), true
from unnest(array['p:kalyapin', 'p:zhiltsov', 'p:vanslova', 'p:windstad', 'p:lofgren', 'p:elagina',
                  'p:prusakov', 'p:solunin', 'p:skovoroda', 'p:pliev']) as k;
-- Named in the case but not among the people at risk of the urgent actions.
insert into case_person (case_id, person_id, at_risk) values
    (pg_temp.ref('case'), pg_temp.ref('p:babinets'), false),
    (pg_temp.ref('case'), pg_temp.ref('p:dimitriev'), false);

-- ---------------------------------------------------------------- incidents
-- A date known only to the month is stored as the first of the month with precision 'month'.

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Armed group attacks police in central Grozny', date '2014-12-04',
            'Grozny (centre)', 'Chechen Republic', 'Russian Federation', 'other',
            'Eleven insurgents attacked law-enforcement officers in the centre of the city. All of them died, with fourteen officers and at least one civilian. The events that follow in this case grew out of the response to this attack.')
    returning id)
insert into demo_ref select 'i:grozny-attack', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Chechen leader threatens insurgents'' families with collective punishment', date '2014-12-05',
            null, 'Chechen Republic', 'Russian Federation', 'threat',
            'The day after the attack, Ramzan Kadyrov announced that the relatives of the insurgents would be driven out of Chechnya and their homes destroyed. The Observatory says the statement was made on his website and on social networks.')
    returning id)
insert into demo_ref select 'i:collective-threat', id from x;

with x as (insert into incident (case_id, title, occurred_on, date_precision, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Houses of insurgents'' relatives burned or demolished', date '2014-12-01', 'month',
            'five towns and villages', 'Chechen Republic', 'Russian Federation', 'arson',
            'In the days after the threat at least nine family homes in five localities were burned down or flattened by bulldozers, leaving dozens of people, many of them young children, without a home. No investigation was attempted.')
    returning id)
insert into demo_ref select 'i:houses', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Kalyapin asks the Prosecutor General to examine the threat', date '2014-12-09',
            null, null, 'Russian Federation', 'complaint',
            'Igor Kalyapin asked the federal authorities to check whether the promise to expel families and destroy their homes was a crime of abuse of authority under Article 286 of the Criminal Code. Amnesty and Human Rights Watch date it 9 December, the Observatory 8 December.')
    returning id)
insert into demo_ref select 'i:complaint', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Kadyrov accuses Kalyapin on Instagram of helping insurgents', date '2014-12-10',
            'Instagram', null, 'Russian Federation', 'smear',
            'Ramzan Kadyrov wrote that "a certain Kalyapin" was defending bandits and their families and hinted that he had passed money from foreign secret services to them. The Observatory adds that Kadyrov linked the money to a brother of the late insurgent leader Doku Umarov.')
    returning id)
insert into demo_ref select 'i:instagram', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Kalyapin pelted with eggs at a Moscow press conference', date '2014-12-11',
            'Moscow', null, 'Russian Federation', 'physical_attack',
            'While Kalyapin spoke at a joint press conference on collective punishment in Chechnya, men who accused him of supporting terrorism threw eggs at him and shouted abuse. The attack was filmed and the men can be recognised.')
    returning id)
insert into demo_ref select 'i:eggs', id from x;

with x as (insert into incident (case_id, title, occurred_on, date_precision, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Threatening calls and text messages to Kalyapin', date '2014-12-01', 'month',
            null, null, 'Russian Federation', 'threat',
            'After the press conference Kalyapin kept receiving threatening telephone calls and text messages, some of them threatening to kill him.')
    returning id)
insert into demo_ref select 'i:death-threats', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Banners at a Grozny rally brand rights defenders supporters of terrorism', date '2014-12-13',
            'Grozny', 'Chechen Republic', 'Russian Federation', 'smear',
            'At an anti-terrorism rally backed by the government, people at the front of the crowd carried banners that told Kalyapin to go home and called human-rights defenders supporters of terrorism.')
    returning id)
insert into demo_ref select 'i:banners', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'JMG staff followed by armed masked men', date '2014-12-13',
            'Grozny', 'Chechen Republic', 'Russian Federation', 'surveillance',
            'The two JMG staff in Grozny were tailed by armed men in masks in a car thought to belong to the Chechen security forces.')
    returning id)
insert into demo_ref select 'i:followed', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'JMG office in Grozny burned down', date '2014-12-13',
            'JMG office, Grozny', 'Chechen Republic', 'Russian Federation', 'arson',
            'In the evening, after the staff saw men trying to force their way in and left the building, the office went up in flames in what appears to be arson. The equipment inside was found smashed.')
    returning id)
insert into demo_ref select 'i:arson', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Police raid in Grozny: two JMG members searched and held, equipment taken', date '2014-12-14',
            'Grozny', 'Chechen Republic', 'Russian Federation', 'raid',
            'Police came without a warrant or any explanation, searched Sergei Babinets and Dmitry Dimitriev and their car, took their telephones, cameras, laptops and other electronics, and held them for several hours. They were released without charge; the equipment was not returned.')
    returning id)
insert into demo_ref select 'i:raid', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Investigative Committee opens an investigation against Kalyapin', date '2014-12-18',
            null, null, 'Russian Federation', 'judicial_harassment',
            'According to the Observatory, the Investigative Committee opened an investigation against Kalyapin himself, following the Chechen leader''s statements.')
    returning id)
insert into demo_ref select 'i:ic-case', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Mob wrecks the JMG office in Grozny', date '2015-06-03',
            'JMG office, Grozny', 'Chechen Republic', 'Russian Federation', 'physical_attack',
            'An organised crowd attacked the group''s Grozny office again and destroyed it, in the open and on camera.')
    returning id)
insert into demo_ref select 'i:june-office', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Press tour watched from its first day', date '2016-03-07',
            null, 'Chechen Republic and Ingushetia', 'Russian Federation', 'surveillance',
            'Members of the press tour organised by the Committee for the Prevention of Torture noticed that they were being watched from the day the tour began.')
    returning id)
insert into demo_ref select 'i:tour-watched', id from x;

with x as (insert into incident (case_id, title, occurred_on, occurred_time, time_zone, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Minibus with JMG members and journalists attacked and burned', date '2016-03-09',
            time '19:00', 'Europe/Moscow',
            'near a security checkpoint', 'Ingushetia-Chechnya border', 'Russian Federation', 'physical_attack',
            'On the way from North Ossetia to Chechnya, cars cut off the minibus carrying two JMG members, six Russian, Norwegian and Swedish journalists and their driver. Some twenty men in masks pulled everyone out, beat them with bats and batons, called them defenders of terrorists and set the bus on fire. The group''s computers were not found afterwards. Amnesty counts four cars, the Observatory three.')
    returning id)
insert into demo_ref select 'i:minibus', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'JMG office in Karabulak broken into and robbed', date '2016-03-09',
            'JMG office, Karabulak', 'Republic of Ingushetia', 'Russian Federation', 'raid',
            'Hours after the minibus attack, the group''s office in Ingushetia was broken into: laptops, cameras and other equipment were taken and the rooms vandalised. The Observatory fears the attackers were after the group''s data.')
    returning id)
insert into demo_ref select 'i:karabulak', id from x;

with x as (insert into incident (case_id, title, occurred_on, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Kalyapin turned out of his hotel and attacked by a mob', date '2016-03-16',
            'Grozny Citi Hotel', 'Chechen Republic', 'Russian Federation', 'physical_attack',
            'Kalyapin came to Grozny to speak to the press about the attacks. Soon after he checked in, the hotel''s director told him to leave, citing his criticism of Ramzan Kadyrov. Outside, a crowd of masked men hit and kicked him and covered him in eggs, cake, flour and brilliant green antiseptic. He reported the assault to the police and left Chechnya.')
    returning id)
insert into demo_ref select 'i:hotel', id from x;

with x as (insert into incident (case_id, title, occurred_on, date_precision, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Flat used by the JMG in Grozny raided', date '2016-03-01', 'month',
            'Grozny', 'Chechen Republic', 'Russian Federation', 'raid',
            'A flat the group used in Grozny, once the home of Natalia Estemirova, was raided: a video shows men in civilian clothes and in Emergencies Ministry uniforms breaking down the door. The flat was then closed off. The exact date is not given.')
    returning id)
insert into demo_ref select 'i:flat', id from x;

with x as (insert into incident (case_id, title, occurred_on, date_precision, place, region, country, type, description)
    values (pg_temp.ref('case'), 'Current JMG office in Grozny broken into', date '2016-03-01', 'month',
            'JMG office, Grozny', 'Chechen Republic', 'Russian Federation', 'raid',
            'Amnesty reports a break-in at the group''s current Grozny office in March 2016 without further detail. It may be the same event as the raid on the flat; the sources do not say.')
    returning id)
insert into demo_ref select 'i:grozny-office-2016', id from x;

-- ---------------------------------------------------------------- parties

insert into incident_party (incident_id, role, person_id, organisation_id, group_label, group_size, group_size_approximate, position) values
    (pg_temp.ref('i:grozny-attack'), 'perpetrator', null, null, 'members of an armed group', 11, false, 0),
    (pg_temp.ref('i:grozny-attack'), 'victim', null, null, 'law-enforcement officers and at least one civilian', null, false, 1),
    (pg_temp.ref('i:collective-threat'), 'perpetrator', pg_temp.ref('p:kadyrov'), null, null, null, false, 0),
    (pg_temp.ref('i:collective-threat'), 'victim', null, null, 'families of alleged insurgents', null, false, 1),
    (pg_temp.ref('i:houses'), 'perpetrator', null, null, 'unknown men', null, false, 0),
    (pg_temp.ref('i:houses'), 'victim', null, null, 'families of alleged insurgents', null, false, 1),
    (pg_temp.ref('i:complaint'), 'responsible_authority', null, pg_temp.ref('org:pgo'), null, null, false, 0),
    (pg_temp.ref('i:instagram'), 'perpetrator', pg_temp.ref('p:kadyrov'), null, null, null, false, 0),
    (pg_temp.ref('i:instagram'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:eggs'), 'perpetrator', null, null, 'men in the audience', 2, false, 0),
    (pg_temp.ref('i:eggs'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:death-threats'), 'perpetrator', null, null, 'anonymous callers', null, false, 0),
    (pg_temp.ref('i:death-threats'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:banners'), 'perpetrator', null, null, 'participants in a government-backed rally', null, false, 0),
    (pg_temp.ref('i:banners'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:banners'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 2),
    (pg_temp.ref('i:followed'), 'perpetrator', null, null, 'armed masked men in a car', null, false, 0),
    (pg_temp.ref('i:followed'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:arson'), 'perpetrator', null, null, 'unidentified men', null, false, 0),
    (pg_temp.ref('i:arson'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:raid'), 'perpetrator', null, null, 'Chechen police officers', null, false, 0),
    (pg_temp.ref('i:raid'), 'victim', pg_temp.ref('p:babinets'), null, null, null, false, 1),
    (pg_temp.ref('i:raid'), 'victim', pg_temp.ref('p:dimitriev'), null, null, null, false, 2),
    (pg_temp.ref('i:raid'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 3),
    (pg_temp.ref('i:ic-case'), 'responsible_authority', null, pg_temp.ref('org:ic'), null, null, false, 0),
    (pg_temp.ref('i:ic-case'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:june-office'), 'perpetrator', null, null, 'an organised mob', null, false, 0),
    (pg_temp.ref('i:june-office'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:tour-watched'), 'perpetrator', null, null, 'unidentified watchers', null, false, 0),
    (pg_temp.ref('i:tour-watched'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:minibus'), 'perpetrator', null, null, 'masked men', 20, true, 0),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:zhiltsov'), null, null, null, false, 1),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:vanslova'), null, null, null, false, 2),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:windstad'), null, null, null, false, 3),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:lofgren'), null, null, null, false, 4),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:elagina'), null, null, null, false, 5),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:prusakov'), null, null, null, false, 6),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:solunin'), null, null, null, false, 7),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:skovoroda'), null, null, null, false, 8),
    (pg_temp.ref('i:minibus'), 'victim', pg_temp.ref('p:pliev'), null, null, null, false, 9),
    (pg_temp.ref('i:karabulak'), 'perpetrator', null, null, 'unidentified intruders', null, false, 0),
    (pg_temp.ref('i:karabulak'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:hotel'), 'perpetrator', null, null, 'masked men', 15, true, 0),
    (pg_temp.ref('i:hotel'), 'victim', pg_temp.ref('p:kalyapin'), null, null, null, false, 1),
    (pg_temp.ref('i:flat'), 'perpetrator', null, null, 'men in plain clothes and Emergencies Ministry uniforms', null, false, 0),
    (pg_temp.ref('i:flat'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 1),
    (pg_temp.ref('i:grozny-office-2016'), 'victim', null, pg_temp.ref('org:jmg'), null, null, false, 0);

-- ---------------------------------------------------------------- accounts: who tells what

insert into account (incident_id, source_id, summary) values
    (pg_temp.ref('i:grozny-attack'), pg_temp.ref('src:ai-2014'), 'Eleven attackers, all killed, with fourteen officers and at least one civilian.'),
    (pg_temp.ref('i:grozny-attack'), pg_temp.ref('src:ai-hrw-2014'), 'Same toll as the December urgent action.'),
    (pg_temp.ref('i:grozny-attack'), pg_temp.ref('src:editorial-2014'), 'Fourteen officers and all the insurgents died.'),
    (pg_temp.ref('i:grozny-attack'), pg_temp.ref('src:obs-2016'), 'Mentions terrorist attacks in Grozny that cost 26 lives.'),
    (pg_temp.ref('i:collective-threat'), pg_temp.ref('src:ai-2014'), 'Families to be expelled, houses demolished.'),
    (pg_temp.ref('i:collective-threat'), pg_temp.ref('src:ai-hrw-2014'), 'Families to be expelled, houses demolished.'),
    (pg_temp.ref('i:collective-threat'), pg_temp.ref('src:editorial-2014'), 'Families to be exiled, homes destroyed.'),
    (pg_temp.ref('i:collective-threat'), pg_temp.ref('src:obs-2016'), 'Houses to be burned, families expelled; announced online.'),
    (pg_temp.ref('i:houses'), pg_temp.ref('src:ai-2014'), 'At least nine houses in five towns burned or bulldozed; no investigation.'),
    (pg_temp.ref('i:houses'), pg_temp.ref('src:ai-hrw-2014'), 'At least nine houses in five towns set on fire by unknown men.'),
    (pg_temp.ref('i:houses'), pg_temp.ref('src:editorial-2014'), 'Several houses burned in nearby villages.'),
    (pg_temp.ref('i:complaint'), pg_temp.ref('src:ai-2014'), 'Complaint made on 9 December, citing Article 286.'),
    (pg_temp.ref('i:complaint'), pg_temp.ref('src:ai-hrw-2014'), 'Complaint made on 9 December, citing Article 286.'),
    (pg_temp.ref('i:complaint'), pg_temp.ref('src:editorial-2014'), 'Appeal to the Prosecutor General, no date given.'),
    (pg_temp.ref('i:complaint'), pg_temp.ref('src:obs-2016'), 'Request to the Prosecutor General on 8 December, citing Article 286 and the Constitution.'),
    (pg_temp.ref('i:instagram'), pg_temp.ref('src:ai-2014'), 'Post on Instagram the day after the complaint.'),
    (pg_temp.ref('i:instagram'), pg_temp.ref('src:ai-hrw-2014'), 'Post on a social media account the day after the complaint.'),
    (pg_temp.ref('i:instagram'), pg_temp.ref('src:obs-2016'), 'Post on Instagram on 10 December linking Kalyapin to foreign money.'),
    (pg_temp.ref('i:eggs'), pg_temp.ref('src:ai-2014'), 'Two men threw eggs; a third argued with the speakers; all on video.'),
    (pg_temp.ref('i:eggs'), pg_temp.ref('src:ai-hrw-2014'), 'Several men shouted abuse and threw eggs.'),
    (pg_temp.ref('i:eggs'), pg_temp.ref('src:editorial-2014'), 'Eggs and verbal abuse at a press conference.'),
    (pg_temp.ref('i:eggs'), pg_temp.ref('src:obs-2016'), 'Attacked during his Moscow press conference on 11 December.'),
    (pg_temp.ref('i:death-threats'), pg_temp.ref('src:ai-2014'), 'Calls and messages since the press conference, some threatening death.'),
    (pg_temp.ref('i:death-threats'), pg_temp.ref('src:ai-hrw-2014'), 'Threatening calls and messages for several days.'),
    (pg_temp.ref('i:death-threats'), pg_temp.ref('src:editorial-2014'), 'Many threatening calls and messages.'),
    (pg_temp.ref('i:banners'), pg_temp.ref('src:ai-2014'), 'Banners at a government-sponsored demonstration.'),
    (pg_temp.ref('i:banners'), pg_temp.ref('src:ai-hrw-2014'), 'Banners at a demonstration against armed groups.'),
    (pg_temp.ref('i:followed'), pg_temp.ref('src:ai-2014'), 'Two staff followed by armed masked men.'),
    (pg_temp.ref('i:followed'), pg_temp.ref('src:ai-hrw-2014'), 'Members followed by armed masked men.'),
    (pg_temp.ref('i:arson'), pg_temp.ref('src:ai-2014'), 'Office destroyed by fire later on 13 December, apparently arson.'),
    (pg_temp.ref('i:arson'), pg_temp.ref('src:ai-hrw-2014'), 'Suspected arson on the evening of 13 December.'),
    (pg_temp.ref('i:arson'), pg_temp.ref('src:editorial-2014'), 'Staff left when men tried to break in; then the fire; equipment smashed.'),
    (pg_temp.ref('i:arson'), pg_temp.ref('src:ai-2016'), 'First destruction of the Grozny office, December 2014.'),
    (pg_temp.ref('i:arson'), pg_temp.ref('src:obs-2016'), 'Offices set on fire on 13 and 14 December.'),
    (pg_temp.ref('i:raid'), pg_temp.ref('src:ai-2014'), 'Police at the burned office, searches, equipment taken, held for hours.'),
    (pg_temp.ref('i:raid'), pg_temp.ref('src:ai-hrw-2014'), 'Police at the flat the group rented, searches, equipment taken, held for hours.'),
    (pg_temp.ref('i:raid'), pg_temp.ref('src:editorial-2014'), 'Police at a flat owned by the group; two lawyers searched and held.'),
    (pg_temp.ref('i:raid'), pg_temp.ref('src:obs-2016'), 'Activists seized and searched by masked armed men.'),
    (pg_temp.ref('i:ic-case'), pg_temp.ref('src:obs-2016'), 'Investigation against Kalyapin opened on 18 December.'),
    (pg_temp.ref('i:june-office'), pg_temp.ref('src:ai-2016'), 'Second destruction of the Grozny office, June 2015 (see UA 125/15).'),
    (pg_temp.ref('i:june-office'), pg_temp.ref('src:obs-2016'), 'Office attacked and destroyed by an organised mob on 3 June.'),
    (pg_temp.ref('i:tour-watched'), pg_temp.ref('src:obs-2016'), 'Surveillance noticed from 7 March.'),
    (pg_temp.ref('i:minibus'), pg_temp.ref('src:ai-2016'), 'About 19:00, four cars, some twenty masked men with bats and batons; bus burned.'),
    (pg_temp.ref('i:minibus'), pg_temp.ref('src:obs-2016'), 'Three cars; victims beaten with bats and robbed; bus burned; computers missing.'),
    (pg_temp.ref('i:karabulak'), pg_temp.ref('src:ai-2016'), 'Two hours later; CCTV shows two masked men breaking in through a window.'),
    (pg_temp.ref('i:karabulak'), pg_temp.ref('src:obs-2016'), 'Several hours later; armed men in camouflage who came in five cars.'),
    (pg_temp.ref('i:hotel'), pg_temp.ref('src:ai-2016'), 'Told to leave forty minutes after check-in; punched by a violent mob.'),
    (pg_temp.ref('i:hotel'), pg_temp.ref('src:obs-2016'), 'About fifteen masked men; kicked, including in the stomach.'),
    (pg_temp.ref('i:flat'), pg_temp.ref('src:obs-2016'), 'Estemirova''s former flat raided; door broken; access blocked.'),
    (pg_temp.ref('i:grozny-office-2016'), pg_temp.ref('src:ai-2016'), 'Current Grozny office broken into in March 2016.');

-- Facts kept per account; a key with different values across accounts is a disagreement.
insert into account_fact (account_id, fact_key, value) values
    (pg_temp.account('i:complaint', 'src:ai-2014'), 'date', '2014-12-09'),
    (pg_temp.account('i:complaint', 'src:ai-hrw-2014'), 'date', '2014-12-09'),
    (pg_temp.account('i:complaint', 'src:obs-2016'), 'date', '2014-12-08'),
    (pg_temp.account('i:houses', 'src:ai-2014'), 'houses destroyed', 'at least 9'),
    (pg_temp.account('i:houses', 'src:ai-hrw-2014'), 'houses destroyed', 'at least 9'),
    (pg_temp.account('i:eggs', 'src:ai-2014'), 'number of attackers', '2'),
    (pg_temp.account('i:eggs', 'src:ai-hrw-2014'), 'number of attackers', 'several'),
    (pg_temp.account('i:arson', 'src:ai-2014'), 'date', '2014-12-13'),
    (pg_temp.account('i:arson', 'src:ai-hrw-2014'), 'date', '2014-12-13'),
    (pg_temp.account('i:arson', 'src:editorial-2014'), 'date', '2014-12-13'),
    (pg_temp.account('i:arson', 'src:obs-2016'), 'date', '2014-12-13 and 2014-12-14'),
    (pg_temp.account('i:raid', 'src:ai-2014'), 'searched by', 'police'),
    (pg_temp.account('i:raid', 'src:ai-hrw-2014'), 'searched by', 'police'),
    (pg_temp.account('i:raid', 'src:editorial-2014'), 'searched by', 'police'),
    (pg_temp.account('i:raid', 'src:obs-2016'), 'searched by', 'masked armed men'),
    (pg_temp.account('i:raid', 'src:ai-2014'), 'place', 'the burned JMG office'),
    (pg_temp.account('i:raid', 'src:ai-hrw-2014'), 'place', 'flat rented by the JMG'),
    (pg_temp.account('i:raid', 'src:editorial-2014'), 'place', 'flat owned by the JMG'),
    (pg_temp.account('i:june-office', 'src:obs-2016'), 'date', '2015-06-03'),
    (pg_temp.account('i:minibus', 'src:ai-2016'), 'number of cars', '4'),
    (pg_temp.account('i:minibus', 'src:obs-2016'), 'number of cars', '3'),
    (pg_temp.account('i:minibus', 'src:ai-2016'), 'number of attackers', 'about 20'),
    (pg_temp.account('i:minibus', 'src:ai-2016'), 'time', 'about 19:00'),
    (pg_temp.account('i:minibus', 'src:ai-2016'), 'journalists on board', '6'),
    (pg_temp.account('i:minibus', 'src:obs-2016'), 'journalists on board', '6'),
    (pg_temp.account('i:karabulak', 'src:ai-2016'), 'time after the minibus attack', 'about two hours'),
    (pg_temp.account('i:karabulak', 'src:obs-2016'), 'time after the minibus attack', 'several hours'),
    (pg_temp.account('i:karabulak', 'src:ai-2016'), 'intruders seen', 'two masked men (CCTV)'),
    (pg_temp.account('i:karabulak', 'src:obs-2016'), 'intruders seen', 'armed men in camouflage, five cars'),
    (pg_temp.account('i:hotel', 'src:obs-2016'), 'number of attackers', 'about 15'),
    (pg_temp.account('i:hotel', 'src:ai-2016'), 'time after check-in', '40 minutes');

-- ---------------------------------------------------------------- investigations
-- As the documents report them. None names anyone charged.

with x as (insert into investigation (incident_id, authority_id, status, persons_charged, notes)
    values (pg_temp.ref('i:complaint'), pg_temp.ref('org:pgo'), 'complaint_filed', 0,
            'Kalyapin''s request to examine the threat as abuse of authority (Article 286). None of the documents reports an answer.')
    returning id)
insert into demo_ref select 'inv:complaint', id from x;

with x as (insert into investigation (incident_id, authority_name, status, persons_charged, notes)
    values (pg_temp.ref('i:arson'), 'Russian authorities (not named in the sources)', 'opened', 0,
            'Amnesty says criminal investigations into the attacks on the group were formally opened but led nowhere; the Observatory says the attacks were filmed and still go unpunished.')
    returning id)
insert into demo_ref select 'inv:arson', id from x;

with x as (insert into investigation (incident_id, authority_name, status, persons_charged, notes)
    values (pg_temp.ref('i:june-office'), 'Russian authorities (not named in the sources)', 'opened', 0,
            'Formally opened according to Amnesty; nobody identified. The attack took place openly and on camera.')
    returning id)
insert into demo_ref select 'inv:june', id from x;

with x as (insert into investigation (incident_id, authority_name, status, persons_charged, notes)
    values (pg_temp.ref('i:minibus'), 'Police', 'opened', 0,
            'The police investigating the attack found no trace of the group''s computers in the burned bus.')
    returning id)
insert into demo_ref select 'inv:minibus', id from x;

with x as (insert into investigation (incident_id, authority_name, status, persons_charged, notes)
    values (pg_temp.ref('i:hotel'), 'Police', 'complaint_filed', 0,
            'Kalyapin reported the assault to the police before leaving Chechnya.')
    returning id)
insert into demo_ref select 'inv:hotel', id from x;

insert into investigation_update (investigation_id, on_date, status, note, source_id) values
    (pg_temp.ref('inv:complaint'), date '2014-12-09', 'complaint_filed', 'Request sent to the Prosecutor General (8 December according to the Observatory).', pg_temp.ref('src:ai-2014')),
    (pg_temp.ref('inv:arson'), date '2016-03-23', 'opened', 'More than a year later nobody has been punished.', pg_temp.ref('src:obs-2016')),
    (pg_temp.ref('inv:june'), date '2016-03-23', 'opened', 'Nobody punished although the attack was filmed.', pg_temp.ref('src:obs-2016')),
    (pg_temp.ref('inv:minibus'), date '2016-03-23', 'opened', 'Police found no trace of the computers; no suspects named.', pg_temp.ref('src:obs-2016')),
    (pg_temp.ref('inv:hotel'), date '2016-03-16', 'complaint_filed', 'Assault reported to the police.', pg_temp.ref('src:obs-2016'));

drop function pg_temp.account(text, text);
drop function pg_temp.ref(text);
