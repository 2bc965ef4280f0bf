-- Model letters, in English and Russian, for the demo urgent actions of the JMG case (see
-- jmg-actions.sql): Amnesty's UA 315/14, its March 2016 action without a code of its own, and
-- the Observatory's RUS 004 / 1214 / OBS 093.1. Written in our own words from the facts of the
-- corpus documents. Loaded by org.tocsin.actions.letters.DemoLettersLoader in one transaction;
-- placeholders in braces are filled in for each target and member (see Letters.PLACEHOLDERS).

create temp table demo_letter_action (key text primary key, id bigint) on commit drop;
insert into demo_letter_action
select 'ua315', min(a.id) from urgent_action a join case_file c on c.id = a.case_id
where c.title = 'Joint Mobile Group and Igor Kalyapin' and a.code_base = 'UA 315/14' and a.sequence = 0;
insert into demo_letter_action
select 'ua2016', min(a.id) from urgent_action a join case_file c on c.id = a.case_id
where c.title = 'Joint Mobile Group and Igor Kalyapin' and a.code_scheme = 'none'
  and a.title = 'Rights defenders at risk of further attacks';
insert into demo_letter_action
select 'obs093.1', min(a.id) from urgent_action a join case_file c on c.id = a.case_id
where c.title = 'Joint Mobile Group and Igor Kalyapin' and a.code_base = 'RUS 004 / 1214 / OBS 093' and a.sequence = 1;

create temp table demo_letter (key text, language text, subject text, body text) on commit drop;

-- ---------------------------------------------------------------- UA 315/14 (December 2014)

insert into demo_letter values ('ua315', 'en', 'Protect Igor Kalyapin and the Joint Mobile Group ({code})',
'{salutation},

I am writing to you about Igor Kalyapin, who heads the Joint Mobile Group, the lawyers who document torture and other abuses in Chechnya.

Igor Kalyapin asked the authorities to examine whether the head of the Chechen Republic broke the law when he promised to expel the families of suspected insurgents and to destroy their homes. Since then he has been called a supporter of terrorists, pelted with eggs at his press conference in Moscow on 11 December 2014, and sent threats, some of them threats to kill him. On 13 December the Joint Mobile Group''s office in Grozny burned down.

I urge you to:
- order a prompt, effective and impartial investigation into the attack on Igor Kalyapin and the threats against him, including those made by officials;
- protect Igor Kalyapin and every member of the Joint Mobile Group, so that they can do their lawful human rights work without intimidation or harassment;
- investigate, promptly and impartially, every destruction of the homes of families of suspected members of armed groups in Chechnya.

Yours sincerely,

{member_name}
{member_town}');

insert into demo_letter values ('ua315', 'ru', 'Защитите Игоря Каляпина и Сводную мобильную группу ({code})',
'{salutation}!

Обращаюсь к вам в связи с положением Игоря Каляпина, руководителя Сводной мобильной группы — юристов, которые документируют пытки и другие нарушения прав человека в Чечне.

Игорь Каляпин попросил власти проверить, не нарушил ли закон глава Чеченской Республики, пообещав выселять семьи предполагаемых боевиков и уничтожать их дома. После этого его назвали пособником террористов, 11 декабря 2014 года на его пресс-конференции в Москве его забросали яйцами, а затем ему стали приходить угрозы, в том числе угрозы убийством. 13 декабря сгорел офис Сводной мобильной группы в Грозном.

Прошу вас:
— распорядиться о незамедлительном, эффективном и беспристрастном расследовании нападения на Игоря Каляпина и угроз в его адрес, в том числе со стороны должностных лиц;
— обеспечить защиту Игоря Каляпина и всех членов Сводной мобильной группы, чтобы они могли вести законную правозащитную работу без запугивания и преследований;
— незамедлительно и беспристрастно расследовать каждый случай уничтожения домов родственников предполагаемых участников вооружённых групп в Чечне.

С уважением,

{member_name}
{member_town}');

-- ---------------------------------------------------------------- Amnesty, March 2016

insert into demo_letter values ('ua2016', 'en', 'Stop the attacks on human rights defenders and journalists in the North Caucasus',
'{salutation},

I am deeply concerned about the repeated attacks on human rights defenders and journalists in the North Caucasus, and about the authorities'' failure to investigate them effectively.

On 9 March 2016 about twenty masked men stopped a minibus near the border between Ingushetia and Chechnya, beat the two members of the Joint Mobile Group, the six journalists and the driver travelling in it, and set the bus on fire. Two hours later the group''s office in Ingushetia was broken into and its laptops and cameras were taken. On 16 March Igor Kalyapin was turned out of his hotel in Grozny and attacked by a crowd outside.

The people at risk are {persons}.

I call on you to:
- make sure that those who carried out and those who ordered the attacks of 9 and 16 March 2016, and the earlier attacks on human rights defenders in the North Caucasus, are identified and brought to justice in fair trials;
- act on the threats that the Chechen leadership has made against human rights defenders, journalists and activists.

Yours sincerely,

{member_name}
{member_town}');

insert into demo_letter values ('ua2016', 'ru', 'Остановите нападения на правозащитников и журналистов на Северном Кавказе',
'{salutation}!

Меня глубоко тревожат повторяющиеся нападения на правозащитников и журналистов на Северном Кавказе и то, что власти не расследуют их эффективно.

9 марта 2016 года около двадцати человек в масках остановили микроавтобус у границы Ингушетии и Чечни, избили ехавших в нём двух сотрудников Сводной мобильной группы, шестерых журналистов и водителя и подожгли автобус. Через два часа в офис группы в Ингушетии проникли неизвестные и унесли ноутбуки и фотоаппараты. 16 марта Игоря Каляпина выставили из гостиницы в Грозном, и на улице на него напала толпа.

Под угрозой находятся: {persons}.

Призываю вас:
— добиться того, чтобы исполнители и заказчики нападений 9 и 16 марта 2016 года, а также прежних нападений на правозащитников на Северном Кавказе были установлены и преданы справедливому суду;
— принять меры в ответ на угрозы руководства Чечни в адрес правозащитников, журналистов и активистов.

С уважением,

{member_name}
{member_town}');

-- ---------------------------------------------------------------- Observatory: RUS 004 / 1214 / OBS 093.1

insert into demo_letter values ('obs093.1', 'en', 'Igor Kalyapin and the Joint Mobile Group ({code})',
'{salutation},

I am writing to express my concern about the attacks on Igor Kalyapin, the Joint Mobile Group and the Committee for the Prevention of Torture. On 16 March 2016 Igor Kalyapin was told to leave his hotel in Grozny; outside, masked men threw flour, eggs and green antiseptic at him and kicked him. A week earlier, on 9 March, members of the Committee and the journalists travelling with them were beaten near the Chechen border and their bus was burned.

I ask the authorities of the Russian Federation to:
- guarantee at all times the physical and psychological integrity of {persons}, and of every member of the Joint Mobile Group and of the Committee for the Prevention of Torture;
- investigate these attacks promptly, effectively and independently;
- end all harassment of human rights defenders in Chechnya and throughout Russia, so that they can work without hindrance;
- respect the UN Declaration on Human Rights Defenders and the human rights treaties that Russia has ratified.

Yours faithfully,

{member_name}
{member_town}');

insert into demo_letter values ('obs093.1', 'ru', 'Игорь Каляпин и Сводная мобильная группа ({code})',
'{salutation}!

Выражаю обеспокоенность нападениями на Игоря Каляпина, Сводную мобильную группу и Комитет против пыток. 16 марта 2016 года Игоря Каляпина попросили покинуть гостиницу в Грозном; на улице люди в масках забросали его мукой, яйцами и зелёнкой и избили ногами. Неделей раньше, 9 марта, у границы с Чечнёй были избиты сотрудники Комитета и сопровождавшие их журналисты, а их автобус сожгли.

Прошу власти Российской Федерации:
— при любых обстоятельствах гарантировать физическую и психологическую неприкосновенность следующих людей: {persons}, а также всех сотрудников Сводной мобильной группы и Комитета против пыток;
— незамедлительно, эффективно и независимо расследовать эти нападения;
— прекратить любые преследования правозащитников в Чечне и по всей России, чтобы они могли работать беспрепятственно;
— соблюдать Декларацию ООН о правозащитниках и международные договоры о правах человека, ратифицированные Россией.

С уважением,

{member_name}
{member_town}');

insert into model_letter (action_id, language, subject, body)
select a.id, l.language, l.subject, l.body
from demo_letter l join demo_letter_action a on a.key = l.key
where a.id is not null
on conflict (action_id, language) do nothing;
