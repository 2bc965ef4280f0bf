-- The authorities the JMG case's urgent actions asked members to write to, with the contact
-- details the documents print (Amnesty International, December 2014 and March 2016; the
-- FIDH-OMCT Observatory appeal RUS 004 / 1214 / OBS 093.1 of 23 March 2016). Fax numbers are
-- written with the country code as +N. E-mail addresses the Observatory's web page stripped
-- are not guessed. Loaded by DemoTargetLoader; names are unique here, so other demo loaders may
-- look targets up by name.

insert into target (name, title, organisation, address_lines, country, fax, email, term_start, term_end, notes) values
('Aleksandr Ivanovich Bastrykin', 'Chairman of the Investigative Committee',
 'Investigative Committee of the Russian Federation',
 array['Tekhnicheskii pereulok, dom 2', '105005 Moscow', 'Russian Federation'], 'Russian Federation',
 array['+7 499 265 90 77', '+7 499 265 97 75'], '{}', date '2011-01-15', null,
 'Amnesty''s December 2014 action gives one fax number and the salutation "Dear Chairman"; the March 2016 action adds the second number and names the body the Investigation Committee.'),
('Yuriy Yakovlevich Chaika', 'Prosecutor General of the Russian Federation', 'Prosecutor General''s Office',
 array['ul. B. Dmitrovka, d.15a', '125993 Moscow GSP-3', 'Russian Federation'], 'Russian Federation',
 array['+7 495 987 58 41', '+7 495 692 17 25'], array['prgenproc@gov.ru'], date '2006-06-23', date '2020-01-22',
 'Also written Yurii Chaika (Amnesty, December 2014) and Yurii Ya. Chaika (Observatory, March 2016). The December 2014 action gives the street as Bolshaia Dmitrovka 15 A and the e-mail address. He left the office in January 2020.'),
('Vladimir Putin', 'President of the Russian Federation', null, '{}', 'Russian Federation',
 array['+7 495 606 5173', '+7 495 630 2408'], '{}', null, null,
 'Listed in the Observatory appeal of 23 March 2016, which gives fax numbers only.'),
('Vladimir Kolokoltsev', 'Minister of the Interior of the Russian Federation', null, '{}', 'Russian Federation',
 array['+7 495 637 49 25'], '{}', null, null,
 'Listed in the Observatory appeal of 23 March 2016, which gives a fax number only.'),
('Alexander Konovalov', 'Minister of Justice of the Russian Federation', null, '{}', 'Russian Federation',
 array['+7 495 955 59 99'], '{}', null, null,
 'The Observatory appeal of 23 March 2016 also points to electronic appeals on the ministry''s website; the address did not survive in the copy we hold.'),
('Sergey Lavrov', 'Minister of Foreign Affairs of the Russian Federation', null, '{}', 'Russian Federation',
 array['+7 495 644 2203'], '{}', null, null,
 'Listed in the Observatory appeal of 23 March 2016, which gives a fax number only.'),
('Ella Pamfilova', 'Ombudsman of the Russian Federation', null, '{}', 'Russian Federation',
 '{}', '{}', null, null,
 'The Observatory appeal of 23 March 2016 gives an e-mail address that did not survive in the copy we hold: no contact detail is known.'),
('Mikhail Fedotov', 'Head of the Council under the President for Development of Civil Society and Human Rights', null,
 '{}', 'Russian Federation', array['+7 495 606 48 55'], '{}', null, null,
 'The Observatory appeal of 23 March 2016 also gives an e-mail address that did not survive in the copy we hold.'),
('Alexey Borodavkin', 'Ambassador', 'Permanent Mission of the Russian Federation to the United Nations in Geneva',
 array['Geneva'], 'Switzerland', array['+41 22 734 40 44'], '{}', null, null,
 'Addressed as H.E. in the Observatory appeal of 23 March 2016; its e-mail address did not survive in the copy we hold.'),
('Alexander Romanov', 'Ambassador', 'Embassy of the Russian Federation in Brussels',
 array['Brussels'], 'Belgium', array['+32 2 374 26 13'], '{}', null, null,
 'Listed in the Observatory appeal of 23 March 2016; its e-mail address did not survive in the copy we hold.'),
('Alexander Alekseev', 'Ambassador', 'Permanent Representation of the Russian Federation to the Council of Europe',
 '{}', 'France', array['+33 3 88 24 19 74'], '{}', null, null,
 'The Observatory appeal of 23 March 2016 prints the fax as (+33) (0) 3 88 24 19 74; its e-mail address did not survive in the copy we hold.');

insert into target_salutation (target_id, language, salutation)
select id, 'en', 'Dear Chairman of the Investigation Committee' from target where name = 'Aleksandr Ivanovich Bastrykin';
insert into target_salutation (target_id, language, salutation)
select id, 'ru', 'Уважаемый Председатель Следственного комитета' from target where name = 'Aleksandr Ivanovich Bastrykin';
insert into target_salutation (target_id, language, salutation)
select id, 'en', 'Dear Prosecutor General' from target where name = 'Yuriy Yakovlevich Chaika';
insert into target_salutation (target_id, language, salutation)
select id, 'ru', 'Уважаемый Генеральный прокурор' from target where name = 'Yuriy Yakovlevich Chaika';
