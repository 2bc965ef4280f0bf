-- Two demo sections with the Russian Federation's embassy in their country as a local target,
-- and one published localisation each of Amnesty's March 2016 urgent action on the Joint Mobile
-- Group (told in our own words): Norway in Norwegian Bokmål and English, and a Russian-language
-- section in Latvia. Loaded once by org.tocsin.network.sections.DemoSectionsLoader after the demo
-- urgent actions; without them the sections and their targets are still created.

create temp table demo_section_ref (key text primary key, id bigint not null) on commit drop;
create or replace function pg_temp.ref(k text) returns bigint language sql stable
    as 'select id from demo_section_ref where key = k';
create or replace function pg_temp.ua2016() returns bigint language sql stable
    as 'select min(a.id) from urgent_action a join case_file c on c.id = a.case_id
        where c.title = ''Joint Mobile Group and Igor Kalyapin'' and a.title = ''Rights defenders at risk of further attacks''
          and a.status <> ''draft''';

with x as (insert into section (name, country_code, languages) values ('Norway', 'NOR', array['nb', 'en']) returning id)
insert into demo_section_ref select 'nor', id from x;
with x as (insert into section (name, country_code, languages) values ('Latvia (Russian-language)', 'LVA', array['ru', 'lv'])
    returning id)
insert into demo_section_ref select 'lva', id from x;

-- The embassies: street addresses as the embassies publish them; no person is named, since
-- heads of mission change.
with x as (insert into target (name, title, organisation, address_lines, country, notes, section_id)
    values ('Ambassador of the Russian Federation to Norway', null, 'Embassy of the Russian Federation in Norway',
        array['Drammensveien 74', '0244 Oslo', 'Norway'], 'Norway',
        'The embassy gives 0244 Oslo as its postal code and Drammensveien 74 as its street address.', pg_temp.ref('nor'))
    returning id)
insert into demo_section_ref select 'nor-embassy', id from x;
insert into target_salutation (target_id, language, salutation)
values (pg_temp.ref('nor-embassy'), 'nb', 'Deres eksellense'), (pg_temp.ref('nor-embassy'), 'en', 'Your Excellency');

with x as (insert into target (name, title, organisation, address_lines, country, notes, section_id)
    values ('Embassy of the Russian Federation in Latvia', null, null,
        array['Antonijas iela 2', 'Rīga, LV-1010', 'Latvia'], 'Latvia',
        'Since February 2023 the embassy is headed by a chargé d''affaires, not an ambassador. In 2022 Riga renamed the stretch of Antonijas iela in front of the embassy Ukrainas Neatkarības iela: check the postal address before sending.',
        pg_temp.ref('lva'))
    returning id)
insert into demo_section_ref select 'lva-embassy', id from x;
insert into target_salutation (target_id, language, salutation)
values (pg_temp.ref('lva-embassy'), 'ru', 'Уважаемые дамы и господа'),
       (pg_temp.ref('lva-embassy'), 'lv', 'Godātās dāmas un godātie kungi'),
       (pg_temp.ref('lva-embassy'), 'en', 'Dear Sir or Madam');

-- Norway, in Norwegian Bokmål.
with x as (insert into localisation (action_id, section_id, language, title, summary, recommended_actions, letter_subject,
        letter_body, local_deadline, status, published_at)
    select pg_temp.ua2016(), pg_temp.ref('nor'), 'nb', 'Menneskerettighetsforsvarere i fare for nye angrep',
        'Den 9. mars 2016 stanset rundt tjue maskerte menn en minibuss nær grensen mellom Ingusjetia og Tsjetsjenia. De slo to medlemmer av Joint Mobile Group, seks journalister, blant dem norske og svenske, og sjåføren med køller, kalte dem «terroristers forsvarere» og satte fyr på bussen. To timer senere ble gruppens kontor i Ingusjetia brutt opp, og bærbare datamaskiner og kameraer ble stjålet. Den 16. mars ble Igor Kaljapin vist bort fra et hotell i Groznyj, og en mobb utenfor slo ham og dynket ham i egg, mel og grønn antiseptisk væske. Myndighetene har aldri etterforsket disse angrepene eller truslene fra tsjetsjenske ledere på en effektiv måte.',
        array['Uttrykk bekymring over de gjentatte angrepene på menneskerettighetsforsvarere og journalister i Nord-Kaukasus, og over at myndighetene ikke etterforsker dem effektivt.',
              'Be om at både de som utførte og de som beordret angrepene 9. og 16. mars, og tidligere angrep på forsvarere i Nord-Kaukasus, blir identifisert og stilt for en rettferdig rettssak.',
              'Be myndighetene reagere på truslene fra Tsjetsjenias ledelse mot kjente menneskerettighetsforsvarere, journalister og aktivister.'],
        'Angrepene på Joint Mobile Group og journalister i mars 2016',
        E'{salutation}\n\nJeg skriver med dyp bekymring for medlemmene av Joint Mobile Group og journalistene som ble angrepet nær grensen mellom Ingusjetia og Tsjetsjenia 9. mars 2016, og for Igor Kaljapin, som ble angrepet i Groznyj 16. mars.\n\nJeg ber Dem sørge for at angrepene blir etterforsket raskt, grundig og upartisk, at både gjerningspersonene og de som sto bak dem blir stilt for retten, og at truslene mot menneskerettighetsforsvarere i Tsjetsjenia blir tatt på alvor.\n\nMed vennlig hilsen\n{member_name}\n{member_town}',
        date '2016-05-05', 'published', timestamptz '2016-03-24 10:00:00+01'
    where pg_temp.ua2016() is not null
    returning id)
insert into demo_section_ref select 'nor-ua2016', id from x;

-- The Russian-language section in Latvia, in Russian.
with x as (insert into localisation (action_id, section_id, language, title, summary, recommended_actions, letter_subject,
        letter_body, local_deadline, status, published_at)
    select pg_temp.ua2016(), pg_temp.ref('lva'), 'ru', 'Правозащитникам грозят новые нападения',
        '9 марта 2016 года около двадцати человек в масках остановили микроавтобус у границы Ингушетии и Чечни. Они избили битами двух сотрудников Сводной мобильной группы, шестерых журналистов и водителя, называя их «защитниками террористов», и подожгли автобус. Через два часа офис группы в Ингушетии взломали и вынесли оттуда ноутбуки и фотоаппараты. 16 марта Игоря Каляпина выселили из гостиницы в Грозном, а толпа у входа избила его и облила яйцами, мукой и зелёнкой. Власти так и не расследовали по-настоящему ни эти нападения, ни угрозы со стороны чеченских руководителей.',
        array['Выразите обеспокоенность повторяющимися нападениями на правозащитников и журналистов на Северном Кавказе и тем, что власти не расследуют их действенно.',
              'Призовите установить и справедливо судить как исполнителей, так и заказчиков нападений 9 и 16 марта, а также прежних нападений на правозащитников на Северном Кавказе.',
              'Призовите власти отреагировать на угрозы руководства Чечни в адрес известных правозащитников, журналистов и активистов.'],
        'О нападениях на Сводную мобильную группу и журналистов в марте 2016 года',
        E'{salutation}\n\nЯ пишу Вам с глубокой тревогой за сотрудников Сводной мобильной группы и журналистов, на которых напали 9 марта 2016 года у границы Ингушетии и Чечни, и за Игоря Каляпина, на которого напали в Грозном 16 марта.\n\nПрошу Вас добиться быстрого, тщательного и беспристрастного расследования этих нападений, привлечения к ответственности исполнителей и заказчиков и серьёзного отношения к угрозам в адрес правозащитников в Чечне.\n\nС уважением,\n{member_name}\n{member_town}',
        date '2016-05-05', 'published', timestamptz '2016-03-24 10:00:00+02'
    where pg_temp.ua2016() is not null
    returning id)
insert into demo_section_ref select 'lva-ua2016', id from x;

insert into localisation_target (localisation_id, target_id, position)
select id, pg_temp.ref('nor-embassy'), 0 from demo_section_ref where key = 'nor-ua2016';
insert into localisation_target (localisation_id, target_id, position)
select id, pg_temp.ref('lva-embassy'), 0 from demo_section_ref where key = 'lva-ua2016';
