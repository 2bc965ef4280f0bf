package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Please write immediately in Russian, English or your own language:       | Russian,English,own language
            Schreiben Sie auf Russisch, Englisch oder Deutsch.                       | Russian,English,German
            Écrivez en français, en russe ou dans votre propre langue.               | French,Russian,own language
            Scrivete in italiano, inglese o nella vostra lingua.                     | Italian,English,own language
            ESCRIBAN INMEDIATAMENTE en español o en su propio idioma:                | Spanish,own language
            """)
    void languagesToWriteIn(String text, String languages) {
        assertThat(Requests.languages(text)).containsExactly(languages.split(","));
    }

    @Test
    void preferredLanguagesOfTheTarget() {
        assertThat(Documents.extract("amnesty-2017-model-letter.txt").languages()).containsExactly("Persian", "English", "own language");
    }

    @Test
    void languagesOnlyFromTheRequestToWrite() {
        assertThat(Requests.languages("He spoke in Russian to the press. Please write to the authorities of Russian Federation:")).isEmpty();
    }

    @Test
    void actionsOneItemPerBulletEvenWhenTheBulletIsLostAndLinesAreBroken() {
        String text = TextCleanup.clean("""
                Please write immediately in Russian or your own language:

                 Expressing concern about the attacks against defenders in the

                North Caucasus;

                 Urging that the perpetrators of the attacks of 9 March and 16 March

                against members of the group are brought to justice;

                 Urging the authorities to respond to threats.

                PLEASE SEND APPEALS BEFORE 12 MAY 2016 TO:
                """);
        assertThat(Requests.actions(text.lines().toList())).containsExactly(
                "Expressing concern about the attacks against defenders in the North Caucasus;",
                "Urging that the perpetrators of the attacks of 9 March and 16 March against members of the group are brought to justice;",
                "Urging the authorities to respond to threats.");
    }

    @Test
    void actionsInRomanNumeralsBulletsAndDashesInEachLanguage() {
        assertThat(Documents.extract("observatory-fr.txt").actionsRequested()).hasSize(2);
        assertThat(Documents.extract("eilaktion-de.txt").actionsRequested()).hasSize(2);
        assertThat(Documents.extract("llamamiento-es.txt").actionsRequested()).hasSize(2);
        assertThat(Documents.extract("amnesty-extra-1996.txt").actionsRequested()).hasSize(3);
        assertThat(Documents.extract("pdf-mess.txt").actionsRequested()).hasSize(2);
        assertThat(Documents.extract("ua-de-sektion.txt").actionsRequested()).as("German intro without a colon, en-dash items").hasSize(2);
    }

    @Test
    void copiesToDiplomatsInEachLanguage() {
        assertThat(Requests.copiesToDiplomats("Also send copies to diplomatic representatives accredited to your country.")).isTrue();
        assertThat(Requests.copiesToDiplomats("Please also write to the diplomatic mission or embassy of the Russian Federation in your respective country.")).isTrue();
        assertThat(Documents.extract("eilaktion-de.txt").copiesToDiplomats()).isTrue();
        assertThat(Documents.extract("observatory-fr.txt").copiesToDiplomats()).isTrue();
        assertThat(Documents.extract("llamamiento-es.txt").copiesToDiplomats()).isTrue();
        assertThat(Documents.extract("appello-it.txt").copiesToDiplomats()).isFalse();
    }
}
