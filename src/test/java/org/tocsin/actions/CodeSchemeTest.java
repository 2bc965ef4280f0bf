package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code formats of each scheme, without a database. */
class CodeSchemeTest {

    @Test
    void amnestyNumbersPerYearWithTwoDigitYear() {
        LocalDate december2014 = LocalDate.of(2014, 12, 17);
        assertThat(CodeScheme.amnestyScope(december2014)).isEqualTo("2014");
        assertThat(CodeScheme.amnestyCode(315, december2014)).isEqualTo("UA 315/14");
        assertThat(CodeScheme.amnestyCode(7, LocalDate.of(2009, 1, 1))).isEqualTo("UA 7/09");
    }

    @Test
    void amnestyFollowUpsKeepTheCodeAndAreCounted() {
        assertThat(CodeScheme.AMNESTY.display("UA 315/14", 0)).isEqualTo("UA 315/14");
        assertThat(CodeScheme.AMNESTY.display("UA 315/14", 2)).isEqualTo("UA 315/14");
        assertThat(CodeScheme.AMNESTY.followUpKind()).isEqualTo("further_information");
    }

    @Test
    void observatoryCodesCountrySequenceMonthYearAndRunningNumber() {
        LocalDate december2014 = LocalDate.of(2014, 12, 3);
        assertThat(CodeScheme.observatoryCode("RUS", 4, december2014, 93)).isEqualTo("RUS 004 / 1214 / OBS 093");
        assertThat(CodeScheme.observatoryCode("BLR", 12, LocalDate.of(2016, 3, 23), 101)).isEqualTo("BLR 012 / 0316 / OBS 101");
        assertThat(CodeScheme.observatoryCountryScope("RUS", december2014)).isEqualTo("RUS:2014");
        assertThat(CodeScheme.observatoryRunningScope(december2014)).isEqualTo("OBS:2014");
    }

    @Test
    void observatoryFollowUpsAreNumberedAfterADot() {
        assertThat(CodeScheme.OBSERVATORY.display("RUS 004 / 1214 / OBS 093", 0)).isEqualTo("RUS 004 / 1214 / OBS 093");
        assertThat(CodeScheme.OBSERVATORY.display("RUS 004 / 1214 / OBS 093", 1)).isEqualTo("RUS 004 / 1214 / OBS 093.1");
        assertThat(CodeScheme.OBSERVATORY.display("RUS 004 / 1214 / OBS 093", 2)).isEqualTo("RUS 004 / 1214 / OBS 093.2");
        assertThat(CodeScheme.OBSERVATORY.followUpKind()).isEqualTo("update");
    }

    @Test
    void externalCodesAreKeptAsEnteredAndNoneHasNoCode() {
        assertThat(CodeScheme.EXTERNAL.display("EUR 46/3521/2016", 0)).isEqualTo("EUR 46/3521/2016");
        assertThat(CodeScheme.EXTERNAL.display("EUR 46/3521/2016", 1)).isEqualTo("EUR 46/3521/2016.1");
        assertThat(CodeScheme.NONE.display(null, 0)).isNull();
        assertThat(CodeScheme.EXTERNAL.allocates()).isFalse();
        assertThat(CodeScheme.AMNESTY.allocates()).isTrue();
        assertThat(CodeScheme.OBSERVATORY.allocates()).isTrue();
    }
}
