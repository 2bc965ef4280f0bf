package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tocsin.intake.ExtractedUrgentAction.GenderSummary;
import org.tocsin.intake.ExtractedUrgentAction.PersonAtRisk;

class PersonsTest {

    private static List<PersonAtRisk> persons(String text) {
        String clean = TextCleanup.clean(text);
        return Persons.find(clean, Headline.title(clean.lines().toList()), Requests.actions(clean.lines().toList()), Set.of());
    }

    @Test
    void namesInCapitalsWithGenderMarksFromTheNamesLine() {
        assertThat(Documents.extract("pdf-mess.txt").personsAtRisk()).containsExactly(
                new PersonAtRisk("Qiangba PUNCOG", "m"), new PersonAtRisk("Sonam DORJE", "m"), new PersonAtRisk("Pema YANGZOM", "f"));
    }

    @Test
    void severalPeopleOnOneLineWrappedWithRolesInBrackets() {
        List<PersonAtRisk> people = persons("""
                Names: Anna Berg and three colleagues: Piotr Nowak (lawyer), Maria

                Lopez (journalist), Kemal Aydin (driver).
                Gender m/f: 2 men and 2 women
                """);
        assertThat(people).extracting(PersonAtRisk::name).containsExactly("Anna Berg", "Piotr Nowak", "Maria Lopez", "Kemal Aydin");
        assertThat(people).extracting(PersonAtRisk::gender).containsOnlyNulls();
    }

    @Test
    void genderFromFormsOfAddressAndTheGenderLine() {
        assertThat(persons("""
                Attack on defenders
                Victims included Mr. Ivan Petrov and Ms. Olga Sidorova, two lawyers; freelance journalist Mikhail Orlov and
                Mr. Egor Belov, from the Daily Example newspaper, as well as the driver.
                """)).containsExactly(new PersonAtRisk("Ivan Petrov", "m"), new PersonAtRisk("Olga Sidorova", "f"),
                new PersonAtRisk("Mikhail Orlov", null), new PersonAtRisk("Egor Belov", "m"));
        assertThat(persons("URGENT ACTION\nACTIVIST DETAINED\nText.\nName: Igor Example\nGender: m\n"))
                .containsExactly(new PersonAtRisk("Igor Example", "m"));
    }

    @Test
    void genderMarksInTheOldHeaderAndInGerman() {
        assertThat(Documents.extract("amnesty-extra-1996.txt").personsAtRisk())
                .containsExactly(new PersonAtRisk("Ahmad SALMAN", "m"), new PersonAtRisk("Layla HASSAN", "f"));
        assertThat(Documents.extract("eilaktion-de.txt").personsAtRisk()).containsExactly(new PersonAtRisk("Marina Petrowa", "f"));
    }

    @Test
    void aNameAfterItsRoleInTheFirstSentence() {
        assertThat(Documents.extract("aiusa-2022.txt").personsAtRisk()).containsExactly(new PersonAtRisk("Daniel Okafor", "m"));
        assertThat(Documents.extract("llamamiento-es.txt").personsAtRisk()).containsExactly(new PersonAtRisk("Ana María Torres", "f"));
    }

    @Test
    void genderFromThePronounOnTheNameLine() {
        ExtractedUrgentAction action = Documents.extract("amnesty-2017-model-letter.txt");
        assertThat(action.personsAtRisk()).containsExactly(new PersonAtRisk("Narges Rahimi", "f"));
        assertThat(action.organisation()).isEqualTo("Amnesty International");
        assertThat(action.code()).isEqualTo("MDE 13/6789/2017");
        assertThat(action.followUpOf()).containsExactly("UA 60/16");
        assertThat(action.issueDate()).isEqualTo("2017-07-05");
        assertThat(action.deadline()).as("the deadline, not the date of the court decision").isEqualTo("2017-08-16");
    }

    @Test
    void aPronounUsedOnlyOneWayGivesTheGenderOfTheOnePerson() {
        ExtractedUrgentAction appeal = Documents.extract("frontline-en.txt");
        assertThat(appeal.personsAtRisk()).containsExactly(new PersonAtRisk("Rasul Aliyev", "m"));
        assertThat(appeal.kind()).isEqualTo(ExtractedUrgentAction.Kind.URGENT_APPEAL);
        assertThat(appeal.organisation()).isEqualTo("Front Line Defenders");
        assertThat(appeal.issueDate()).isEqualTo("2015-04-16");
        assertThat(appeal.deadline()).as("an appeal hearing is not a deadline").isNull();
        assertThat(appeal.actionsRequested()).hasSize(3);
        assertThat(persons("URGENT ACTION\nDEFENDER DETAINED\nName: Sam Example\nHe was arrested. She said he was beaten.\n"))
                .as("both pronouns: no gender").containsExactly(new PersonAtRisk("Sam Example", null));
    }

    @Test
    void germanArticleAndRoleBeforeTheName() {
        ExtractedUrgentAction action = Documents.extract("ua-de-sektion.txt");
        assertThat(action.personsAtRisk()).extracting(PersonAtRisk::name).containsExactly("Pjotr Kusnezow");
        assertThat(action.code()).isEqualTo("UA-313/2014");
        assertThat(action.issueDate()).isEqualTo("2014-12-17");
        assertThat(action.title()).isEqualTo("Menschenrechtsanwalt bedroht");
        assertThat(action.languages()).containsExactly("Russian", "English", "German");
    }

    @Test
    void targetsAreNotPersonsAtRisk() {
        assertThat(Documents.extract("observatory-fr.txt").personsAtRisk()).extracting(PersonAtRisk::name)
                .containsExactly("Leyla Aliyeva", "Rauf Mammadov");
    }

    @Test
    void genderSummaryOnlyWhereCountsAreGiven() {
        assertThat(Persons.genderSummary("Gender m/f: 7 men and 3 women")).isEqualTo(new GenderSummary(7, 3));
        assertThat(Persons.genderSummary("Gender m/f: two men and one woman")).isEqualTo(new GenderSummary(2, 1));
        assertThat(Persons.genderSummary("Geschlecht m/w: 3 Männer und 2 Frauen")).isEqualTo(new GenderSummary(3, 2));
        assertThat(Persons.genderSummary("Gender: m")).isNull();
        assertThat(Persons.genderSummary("Fourteen men were killed.")).isNull();
        assertThat(Persons.genderSummary("Gender m/f: 99999999999999999999 men")).as("no overflow on nonsense").isNull();
    }

    @Test
    void namesAreToldFromTitlesAndOrganisations() {
        assertThat(Names.isName("Aleksandr Ivanovich Bastrykin")).isTrue();
        assertThat(Names.isName("Mr. Yurii Ya. Chaika")).isTrue();
        assertThat(Names.isName("Qiangba PUNCOG")).isTrue();
        assertThat(Names.isName("Prosecutor General")).isFalse();
        assertThat(Names.isName("Investigation Committee of the Russian")).isFalse();
        assertThat(Names.isName("Russian Federation")).isFalse();
        assertThat(Names.isName("Bolshaia Dmitrovka 15 A")).isFalse();
    }
}
