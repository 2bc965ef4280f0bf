package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PLEASE SEND APPEALS BEFORE 12 MAY 2016 TO:                                              | 2016-05-12
            APPEAL DEADLINE NOTICE: 16 August 2017                                                  | 2017-08-16
            This Urgent Action expires on April 25, 2022.                                           | 2022-04-25
            This action ended on April 24, 2020.                                                    | 2020-04-24
            Bitte schicken Sie Appelle bis 27. Januar 2015.                                         | 2015-01-27
            Please send appeals immediately. Check with your section if sending appeals after 21 March 1996. | 1996-03-21
            Merci d'envoyer vos appels avant le 3 mars 2017.                                        | 2017-03-03
            Inviate appelli entro il 12 maggio 2016.                                                | 2016-05-12
            Envíen llamamientos antes del 3 de junio de 2019.                                       | 2019-06-03
            Please send appeals before the 1st June 2018.                                           | 2018-06-01
            Please send appeals before June 2nd, 2018.                                              | 2018-06-02
            Please send appeals before 02/07/2018.                                                  | 2018-07-02
            Letzter Termin für die Versendung von Appellen ist der 28. Januar 2015.                 | 2015-01-28
            PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 16 August 2017                            | 2017-08-16
            """)
    void findsTheDeadlineInEachWording(String text, String deadline) {
        assertThat(Dates.deadline(text, null)).isEqualTo(LocalDate.parse(deadline));
    }

    @Test
    void courtHearingsAndEventsAreNotDeadlines() {
        String text = """
                He was arrested on 3 May 2016. His appeal before the Supreme Court on 12 June 2016 was rejected.
                The next hearing is scheduled for 20 June 2016, and letters were sent on 1 May 2016 by his family.
                """;
        assertThat(Dates.deadline(text, null)).isNull();
    }

    @Test
    void aDeadlineWithoutYearTakesTheIssueYear() {
        assertThat(Dates.deadline("Please send appeals before 12 May.", LocalDate.of(2016, 3, 23))).isEqualTo("2016-05-12");
        assertThat(Dates.deadline("Please send appeals before 10 January.", LocalDate.of(2016, 12, 1))).isEqualTo("2017-01-10");
    }

    @Test
    void issueDateFromLabelOrSignOffLine() {
        assertThat(Dates.issueDate("UA: 60/16 Index: ASA 17/3901/2016 China Date: 4 May 2016".lines().toList(), -1))
                .isEqualTo("2016-05-04");
        assertThat(Dates.issueDate("Text.\nGeneva-Paris, March 23, 2016\n".lines().toList(), -1)).isEqualTo("2016-03-23");
        assertThat(Dates.issueDate("Text.\nParis-Genève, le 5 mai 2014\n".lines().toList(), -1)).isEqualTo("2014-05-05");
        assertThat(Dates.issueDate("On 9 March 2016 they were attacked.".lines().toList(), -1)).isNull();
    }

    @Test
    void readsDayFirstMonthFirstAndOrdinals() {
        assertThat(DateParser.parse("on 9 March 2016")).isEqualTo("2016-03-09");
        assertThat(DateParser.parse("on March 9, 2016")).isEqualTo("2016-03-09");
        assertThat(DateParser.parse("the 1st of June 2020")).isEqualTo("2020-06-01");
        assertThat(DateParser.parse("am 3. März 2015")).isEqualTo("2015-03-03");
        assertThat(DateParser.parse("le 1er décembre 2014")).isEqualTo("2014-12-01");
        assertThat(DateParser.parse("2016-05-12")).isEqualTo("2016-05-12");
        assertThat(DateParser.parse("31 February 2016")).isNull();
    }
}
