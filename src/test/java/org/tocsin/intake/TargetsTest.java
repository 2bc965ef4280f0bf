package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tocsin.intake.ExtractedUrgentAction.Target;

class TargetsTest {

    private static List<Target> targets(String text) {
        return Targets.find(TextCleanup.clean(text).lines().toList());
    }

    @Test
    void numberedAppealsBlocksWithAnHonorificOnItsOwnLine() {
        List<Target> targets = Documents.extract("amnesty-extra-1996.txt").targets();
        assertThat(targets).extracting(Target::name).containsExactly("Rashid AL-KHALIFA", "Isa BIN SALMAN AL-KHALIFA");
        Target minister = targets.getFirst();
        assertThat(minister.title()).isEqualTo("Minister of the Interior");
        assertThat(minister.organisation()).isEqualTo("Ministry of the Interior");
        assertThat(minister.address()).isEqualTo("PO Box 13, Manama, Bahrain");
        assertThat(minister.fax()).containsExactly("+973 290 930", "+973 292 937");
        assertThat(minister.salutation()).isEqualTo("Your Excellency");
        assertThat(targets.get(1).fax()).containsExactly("+973 668 884");
    }

    @Test
    void copiesAreNotTargets() {
        assertThat(Documents.extract("amnesty-extra-1996.txt").targets()).extracting(Target::name).doesNotContain("Ali Hamad");
        assertThat(Documents.extract("eilaktion-de.txt").targets()).extracting(Target::name).containsExactly("Igor Sidorow");
    }

    @Test
    void oneRunOnLinePerTargetWithSocialHandleAndModelLetter() {
        Target minister = Documents.extract("aiusa-2022.txt").targets().getFirst();
        assertThat(minister.name()).isEqualTo("Grace Mensah");
        assertThat(minister.title()).startsWith("Minister of Justice");
        assertThat(minister.address()).isEqualTo("12 Independence Avenue, Capital City");
        assertThat(minister.fax()).containsExactly("+233 30 266 4567");
        assertThat(minister.email()).containsExactly("minister@justice.example");
        assertThat(minister.salutation()).isEqualTo("Dear Minister");
    }

    @Test
    void bulletListsWithSeveralNumbersAndHiddenEmails() {
        List<Target> targets = Documents.extract("observatory-fr.txt").targets();
        assertThat(targets).extracting(Target::name).containsExactly("Ilham Aliyev", "Fikrat Mammadov");
        assertThat(targets.getFirst().title()).isEqualTo("Président de la République");
        assertThat(targets.getFirst().email()).as("a web page's [email protected] is no address").isEmpty();
        assertThat(targets.get(1).fax()).containsExactly("+994 12 430 09 81", "+994 12 430 09 82");
        assertThat(targets.get(1).email()).containsExactly("contact@justice.example.az");
    }

    @Test
    void germanTitleNameLineWithBracketedSalutation() {
        Target prosecutor = Documents.extract("eilaktion-de.txt").targets().getFirst();
        assertThat(prosecutor.title()).isEqualTo("Generalstaatsanwalt");
        assertThat(prosecutor.fax()).containsExactly("+7 495 111 22 33");
        assertThat(prosecutor.email()).containsExactly("genproc@example.ru");
        assertThat(prosecutor.salutation()).isEqualTo("Sehr geehrter Herr Generalstaatsanwalt");
    }

    @Test
    void labelsGluedToTheValueBeforeThem() {
        List<Target> targets = targets("""
                PLEASE SEND APPEALS BEFORE 1 MAY 2016 TO:
                Prosecutor General
                Yurii Chaika
                125993 Moscow, Russian Federation
                Fax: +7 495 692 17 25
                Email: prgenproc@gov.ruSalutation:

                Dear Prosecutor General
                """);
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.email()).containsExactly("prgenproc@gov.ru");
            assertThat(t.salutation()).isEqualTo("Dear Prosecutor General");
            assertThat(t.title()).isEqualTo("Prosecutor General");
        });
    }

    @Test
    void aSalutationThatIsOnlyTheFirstLineOfTheModelLetter() {
        List<Target> targets = targets("""
                WRITE TO:
                Ambassador Jan Novak
                Embassy of Exampleland, 5 Main Street, Vienna
                Email: embassy@example.org

                Dear Counsellor,

                I am writing to you about the arrest of a lawyer in your country.
                """);
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Jan Novak");
            assertThat(t.salutation()).isEqualTo("Dear Counsellor");
        });
        assertThat(targets("""
                APPELLE AN
                Präsident Wladimir Putin
                Kreml, 103132 Moskau, Russische Föderation
                Fax: +7 495 910 21 34

                Exzellenz,
                ich bin besorgt.
                """)).singleElement().extracting(Target::salutation).isEqualTo("Exzellenz");
    }

    @Test
    void titleAndNameOnOneLineUnderTakeActionWithModelLetter() {
        Target judge = Documents.extract("amnesty-2017-model-letter.txt").targets().getFirst();
        assertThat(judge.name()).isEqualTo("Sadegh Larijani");
        assertThat(judge.title()).isEqualTo("Head of the Judiciary");
        assertThat(judge.address()).endsWith("Tehran, Iran");
        assertThat(judge.email()).containsExactly("info@example-judiciary.ir");
        assertThat(judge.salutation()).isEqualTo("Dear Mr Larijani");
    }

    @Test
    void aTitleInCapitalsAboveTheNameAndABracketedSalutationInTwoLanguages() {
        Target chairman = Documents.extract("ua-de-sektion.txt").targets().getFirst();
        assertThat(chairman.name()).isEqualTo("Aleksandr Petrowitsch Iwanow");
        assertThat(chairman.title()).isEqualTo("VORSITZENDER DES ERMITTLUNGSKOMITEES");
        assertThat(chairman.fax()).containsExactly("+7 499 265 9077");
        assertThat(chairman.salutation()).isEqualTo("Dear Chairman / Sehr geehrter Herr Vorsitzender");
        assertThat(Documents.extract("ua-de-sektion.txt").targets()).hasSize(1);
    }

    @Test
    void anEmailLabelWithNothingAfterItGivesNoAddress() {
        List<Target> targets = targets("""
                • Ms. Ella Pamfilova, Ombudsman of the Russian Federation, E-mail:
                • Mr. Mikhail Fedotov, Head of the Council. Fax: +7 495 606-48-55. E-mail:,
                """);
        assertThat(targets).extracting(Target::name).containsExactly("Ella Pamfilova", "Mikhail Fedotov");
        assertThat(targets).allSatisfy(t -> assertThat(t.email()).isEmpty());
        assertThat(targets.get(1).fax()).containsExactly("+7 495 606 48 55");
    }

    @Test
    void faxNumbersAsPrintedWithTheCountryCode() {
        assertThat(FaxNumbers.parse("+ 7 495 606 5173; + 7 495 606 5173 / 630 2408")).containsExactly("+7 495 606 5173", "+7 495 630 2408");
        assertThat(FaxNumbers.parse("(+33) (0) 3 88 24 19 74")).containsExactly("+33 3 88 24 19 74");
        assertThat(FaxNumbers.parse("+7499 265 90 77/ +7499 265 97 75")).containsExactly("+7 499 265 90 77", "+7 499 265 97 75");
        assertThat(FaxNumbers.parse("00 973 668 884")).containsExactly("+973 668 884");
    }
}
